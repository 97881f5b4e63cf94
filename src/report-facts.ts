import type { RelatedCell } from './check/types.js';
import { detached } from './detached.js';

/**
 * What the cross-year checks need of a linted report, kept beside its result until every file
 * is done: the values they read (src/cross-year/keys.ts) and, in full, only the few cells a
 * message may point at. Every cell in full (label, text as written, place) took a tenth of
 * linting a report through the API, to pack, send from a worker and keep, for the one pair in
 * many that reads a handful of them. Keys are a list every report of a format shares.
 */
export interface ReportFacts {
  agency?: string;
  year?: number;
  format: string;
  /** The keys of the values, in the report's order. */
  keys: string[];
  /** The value under each key. */
  numbers: Float64Array;
  /** The cells a cross-year message may name (each with its key), in the report's order. */
  cells: RelatedCell[];
}

/** One value as packFactsFrom reads it; the same object is filled for every value. */
export interface FactReading {
  key: string;
  value: number;
  /**
   * The cell in full, for a value a message may name; undefined for the others. Kept as it is:
   * no string of it may be a slice of the report's text, which it would keep alive.
   */
  cell: RelatedCell | undefined;
}

/** A value with, where a message may name it, its cell: what packFacts takes. */
export interface FactCell {
  key: string;
  value: number;
  cell?: RelatedCell;
}

export function packFacts(head: Pick<ReportFacts, 'agency' | 'year' | 'format'>, values: FactCell[]): ReportFacts {
  return packFactsFrom(head, values.length, (i, out) => {
    out.key = values[i].key;
    out.value = values[i].value;
    out.cell = values[i].cell;
  });
}

/** Facts of `n` values, each read into one reused object by `read`: what a linted report gives. */
export function packFactsFrom(
  head: Pick<ReportFacts, 'agency' | 'year' | 'format'>,
  n: number,
  read: (index: number, out: FactReading) => void,
): ReportFacts {
  // An array of exactly n keys (push would leave up to half again unused).
  const keys = new Array<string>(n);
  const numbers = new Float64Array(n);
  const cells: RelatedCell[] = [];
  const out: FactReading = { key: '', value: 0, cell: undefined };
  for (let i = 0; i < n; i++) {
    out.cell = undefined;
    read(i, out);
    keys[i] = out.key;
    numbers[i] = out.value;
    if (out.cell) cells.push(out.cell);
  }
  // Written out, not `{ ...head, keys, … }`: V8 (Node 20) gives an object spread and then given
  // new properties a hidden class of its own, a few hundred bytes and slow property reads each.
  return {
    agency: head.agency === undefined ? undefined : detached(head.agency),
    year: head.year,
    format: head.format,
    keys: sameAsLast(keys),
    numbers,
    cells,
  };
}

/**
 * Reports of one format nearly always have the same keys in the same order: such a list is
 * shared with the last report's (facts are never changed once packed), so that a run's
 * reports do not each hold a copy of it, and a worker sends it once (src/facts-wire.ts).
 */
const lastLists: string[][] = [];
const LAST_LISTS = 8;

export function sameAsLast(list: string[]): string[] {
  for (const last of lastLists) if (sameStrings(last, list)) return last;
  if (lastLists.length >= LAST_LISTS) lastLists.shift();
  lastLists.push(list);
  return list;
}

function sameStrings(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Facts as plain JSON (the cache file; the fact store's temporary file has its own record, src/fact-store.ts). */
export type ReportFactsJson = Omit<ReportFacts, 'numbers'> & { numbers: Array<number | string> };

export function factsToJson(facts: ReportFacts): ReportFactsJson {
  // JSON has no Infinity (a cell of 309 digits): such a number is written as its name.
  return { ...facts, numbers: Array.from(facts.numbers, (n) => (Number.isFinite(n) ? n : String(n))) };
}

export function factsFromJson(json: ReportFactsJson): ReportFacts {
  return { ...json, numbers: Float64Array.from(json.numbers, Number) };
}

/** The values of a report by key, for the pair being checked. */
export function factValues(facts: ReportFacts): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < facts.keys.length; i++) out.set(facts.keys[i], facts.numbers[i]);
  return out;
}

/** The cell under `key` if a message may name it (src/cross-year/keys.ts). */
export function citedCell(facts: ReportFacts, key: string): RelatedCell | undefined {
  return facts.cells.find((c) => c.key === key);
}
