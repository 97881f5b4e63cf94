import { expanded } from '../check/run-rule.js';
import { loadPacks } from '../packs.js';

/**
 * The values identical-tables compares: every count of the 2021 tables (二, 三, 四). Reports
 * of other formats have none, and no cross-year check reads anything else of them.
 */
export const COMPARED_TABLES = /^t[234]\./;

/** What the cross-year checks read of a report: which values, and which cells a message may point at. */
export interface CrossYearKeys {
  /** Whether a check reads the value under `key`. */
  reads(key: string): boolean;
  /** Keys a message names by their cell (this year's or last year's): carry-over and stock-flow keys. */
  cited: ReadonlySet<string>;
}

let known: CrossYearKeys | undefined;

/** From the cross-year pack (rules/cross-year.yaml), once. */
export function crossYearKeys(): CrossYearKeys {
  if (known) return known;
  const cited = new Set<string>();
  for (const rule of loadPacks().find((p) => p.id === 'cross-year')?.rules ?? []) {
    for (const check of expanded(rule)) {
      if (check.kind === 'carry-over') [check.this, check.last].forEach((k) => cited.add(k));
      else if (check.kind === 'stock-flow') [check.stock, check.inflow, check.outflow].forEach((k) => cited.add(k));
    }
  }
  // Asked of every value of every report: the answer per key (keys are the packs', a few hundred) is kept.
  const answers = new Map<string, boolean>();
  const reads = (key: string) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = cited.has(key) || COMPARED_TABLES.test(key);
      answers.set(key, answer);
    }
    return answer;
  };
  known = { reads, cited };
  return known;
}

/**
 * The cell identical-tables points at, among a report's keys in their order: the first of
 * table 三, else the first compared one.
 */
export function comparedAnchor(keys: readonly string[]): string | undefined {
  let first: string | undefined;
  for (const key of keys) {
    if (!COMPARED_TABLES.test(key)) continue;
    if (key.startsWith('t3.')) return key;
    first ??= key;
  }
  return first;
}
