import { readRuleFile, ruleFileNames } from './rule-files.js';
import { shareStringsIn } from './shared-strings.js';

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
  /** Value columns of this row when they differ from the table's (table 二's sub-tables). */
  columns?: string[];
}

export interface ColumnDef {
  id: string;
  labels: string[];
  en?: string;
}

export interface TableDef {
  id: string;
  title: Text;
  /**
   * grid: rows named by labels, one value per column (the default); record: a single row
   * of values in template order under a multi-row header (table 四).
   */
  kind?: 'grid' | 'record';
  min_matches: number;
  /** Header words whose presence tells this template from a similar one (2019 vs 2021). */
  markers?: string[];
  header: string[];
  unit_column?: boolean;
  columns: ColumnDef[];
  items: ItemDef[];
}

export type Operand = string | { sum: string[] };

/** `scope` limits a per-cell check to the values whose key starts with it (e.g. `t3.`). */
export type CheckDef =
  | { kind: 'sum'; total: string; parts: string[]; for?: Record<string, string[]> }
  | { kind: 'compare'; left: Operand; op: '<=' | '>=' | '='; right: Operand; at?: string; for?: Record<string, string[]> }
  | { kind: 'non-negative'; scope?: string; except_units?: string[]; except_columns?: string[] }
  | { kind: 'integer'; scope?: string; except_units?: string[]; except_columns?: string[] }
  | { kind: 'unit'; scope?: string }
  | { kind: 'filled'; scope?: string; column: string }
  | { kind: 'format-year' }
  | { kind: 'rule-making'; items: string[]; bodies: string[] }
  // Cross-year kinds (rules/cross-year.yaml) run in src/cross-year/, over two reports.
  | { kind: 'carry-over'; this: string; last: string; for?: Record<string, string[]> }
  | { kind: 'stock-flow'; stock: string; inflow: string; outflow: string; for?: Record<string, string[]> }
  | { kind: 'identical-tables'; min_nonzero: number }
  // Prose claims (src/narrative/; subjects and their table items are in rules/narrative.yaml).
  | { kind: 'claim-value'; subjects: string[] }
  | { kind: 'claim-breakdown'; mode: 'at-most' | 'exhaustive' }
  | { kind: 'claim-share'; mode: 'round' | 'truncate' }
  | { kind: 'claim-negation' }
  | { kind: 'claim-upheld' }
  | { kind: 'report-period' }
  | { kind: 'activity-year' }
  | { kind: 'section-count' };

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
  /** First and last report year the template is meant for. */
  years?: [number, number];
  tables: TableDef[];
  rules: RuleDef[];
}

interface RawPack extends Omit<Pack, 'rules' | 'tables'> {
  /** Another pack this one starts from: its tables and rules, replaced by id. */
  extends?: string;
  tables?: TableDef[];
  rules?: Record<string, Omit<RuleDef, 'id'>>;
  remove_rules?: string[];
}

/** Files in rules/ that hold folding data and file-level diagnostics, not rule packs. */
const NOT_PACKS = new Set(['normalise.yaml', 'meta.yaml', 'narrative.yaml']);

let cached: Pack[] | undefined;

export function loadPacks(): Pack[] {
  if (cached) return cached;
  const files = ruleFileNames().filter((f) => !NOT_PACKS.has(f));
  const raws = new Map<string, RawPack>();
  for (const f of files) {
    // Shared strings: the item keys here are the very strings the bound values are stored under.
    const raw = shareStringsIn(readRuleFile(f) as RawPack);
    raws.set(raw.id, raw);
  }
  const resolved = new Map<string, Pack>();
  const resolve = (id: string, seen: string[] = []): Pack => {
    const done = resolved.get(id);
    if (done) return done;
    const raw = raws.get(id);
    if (!raw || seen.includes(id)) throw new Error(`rule pack "${id}" is missing or extends itself`);
    const base = raw.extends ? resolve(raw.extends, [...seen, id]) : undefined;
    const own = (raw.tables ?? []).map((t) => t.id);
    const tables = [...(base?.tables.filter((t) => !own.includes(t.id)) ?? []), ...(raw.tables ?? [])];
    const ownRules = Object.entries(raw.rules ?? {}).map(([rid, r]) => ({ id: rid, ...r }));
    const removed = new Set([...(raw.remove_rules ?? []), ...ownRules.map((r) => r.id)]);
    const rules = [...(base?.rules.filter((r) => !removed.has(r.id)) ?? []), ...ownRules];
    const pack: Pack = { id: raw.id, format: raw.format, title: raw.title, years: raw.years ?? base?.years, tables, rules };
    resolved.set(id, pack);
    return pack;
  };
  cached = [...raws.keys()].map((id) => resolve(id));
  return cached;
}

