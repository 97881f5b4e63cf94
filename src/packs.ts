import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Rule packs are data (rules/*.yaml): the template a report follows (tables, their rows and
 * value columns, with labels and aliases) and the rules, each a list of checks of a few kinds.
 */
export type Severity = 'off' | 'warn' | 'error';
export type Text = { zh: string; en: string };

export interface ItemDef {
  id: string;
  label: string;
  aliases?: string[];
  unit?: string;
  en?: string;
  /** A heading row with no value of its own. */
  group?: boolean;
  optional?: boolean;
}

export interface ColumnDef {
  id: string;
  labels: string[];
  en?: string;
}

export interface TableDef {
  id: string;
  title: Text;
  min_matches: number;
  header: string[];
  unit_column?: boolean;
  columns: ColumnDef[];
  items: ItemDef[];
}

export type Operand = string | { sum: string[] };

export type CheckDef =
  | { kind: 'sum'; total: string; parts: string[]; for?: Record<string, string[]> }
  | { kind: 'compare'; left: Operand; op: '<=' | '>=' | '='; right: Operand; for?: Record<string, string[]> }
  | { kind: 'non-negative'; except_units?: string[] }
  | { kind: 'integer'; except_units?: string[] }
  | { kind: 'unit' };

export interface RuleDef {
  id: string;
  severity: Severity;
  title: Text;
  why: Text;
  skip_if_failed?: string[];
  checks: CheckDef[];
}

export interface Pack {
  id: string;
  format: string;
  title: Text;
  tables: TableDef[];
  rules: RuleDef[];
}

/** Files in rules/ that hold folding data and file-level diagnostics, not rule packs. */
const NOT_PACKS = new Set(['normalise.yaml', 'meta.yaml']);

let cached: Pack[] | undefined;

export function loadPacks(): Pack[] {
  if (cached) return cached;
  const dir = new URL('../rules/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !NOT_PACKS.has(f))
    .sort();
  cached = files.map((f) => {
    const raw = parse(readFileSync(new URL(f, dir), 'utf8')) as Omit<Pack, 'rules'> & {
      rules: Record<string, Omit<RuleDef, 'id'>>;
    };
    return { ...raw, rules: Object.entries(raw.rules ?? {}).map(([id, r]) => ({ id, ...r })) };
  });
  return cached;
}

/** Every rule of every pack by id (ids are unique across packs). */
export function ruleIndex(packs: Pack[]): Map<string, RuleDef> {
  const index = new Map<string, RuleDef>();
  for (const pack of packs) for (const rule of pack.rules) index.set(rule.id, rule);
  return index;
}
