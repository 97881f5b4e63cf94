import type { RelatedCell } from './check/types.js';
import { detached } from './detached.js';

/** A value of a report as the cross-file checks see it: the number and where it is. */
export interface FactCell {
  value: number;
  cell: RelatedCell;
}

/**
 * What the cross-file checks need of a linted report, kept beside its result until every file
 * is done. Packed in parallel arrays of exactly its size (typed arrays for the numbers): held
 * as a Map of cell objects it cost 11 KB per report, so that memory grew with the number of
 * files (a province's 10,000 reports: over 100 MB); packed, with the labels and keys every
 * report shares stored once, about 2.5 KB.
 */
export interface ReportFacts {
  agency?: string;
  year?: number;
  format: string;
  keys: string[];
  labels: string[];
  /**
   * The numbers as written (1,326), joined by TEXT_SEPARATOR (read them with factTexts): one
   * string, where one per value made a few hundred more objects per report for the young
   * generation's collector to copy while the report's facts wait for the end of the run.
   */
  texts: string;
  numbers: Float64Array;
  /** line, column, endLine, endColumn per cell. */
  positions: Int32Array;
  /** For .docx/.xlsx input: where each cell is (table, row, column; sheet!cell); undefined otherwise. */
  locations?: Array<Record<string, unknown> | undefined>;
}

/** One cell as packFacts reads it; the same object is filled for every cell (no object per cell). */
export interface FactCellReading {
  value: number;
  key: string;
  label: string;
  /** The number as written. */
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  location?: Record<string, unknown>;
}

/** Never in a number as written: those are digits, a sign, commas and a point (src/value.ts). */
const TEXT_SEPARATOR = ' ';

/** The numbers as written, one per cell. */
export function factTexts(facts: ReportFacts): string[] {
  return facts.keys.length === 0 ? [] : facts.texts.split(TEXT_SEPARATOR);
}

export function packFacts(head: Pick<ReportFacts, 'agency' | 'year' | 'format'>, cells: FactCell[]): ReportFacts {
  return packFactsFrom(head, cells.length, (i, out) => {
    const { value, cell } = cells[i];
    Object.assign(out, { value, key: cell.key ?? '', label: cell.label, text: cell.value, line: cell.line, column: cell.column, endLine: cell.endLine, endColumn: cell.endColumn, location: cell.location });
  });
}

/** Facts of `n` cells, each read into one reused object by `read`: what a linted report gives. */
export function packFactsFrom(
  head: Pick<ReportFacts, 'agency' | 'year' | 'format'>,
  n: number,
  read: (index: number, cell: FactCellReading) => void,
): ReportFacts {
  // Arrays of exactly n elements (push would leave up to half again unused), filled in one
  // loop: Array.from with a mapping function, once per array, took most of the time of packing.
  let keys = new Array<string>(n);
  let labels = new Array<string>(n);
  const texts = new Array<string>(n);
  const numbers = new Float64Array(n);
  const positions = new Int32Array(4 * n);
  let locations: ReportFacts['locations'];
  const cell: FactCellReading = { value: 0, key: '', label: '', text: '', line: 0, column: 0, endLine: 0, endColumn: 0, location: undefined };
  for (let i = 0; i < n; i++) {
    cell.location = undefined;
    read(i, cell);
    // Keys and labels are one string per item for every report (see valueName).
    keys[i] = cell.key;
    labels[i] = cell.label;
    // (A separator in a number as written would shift every later one: kept out whatever comes.)
    texts[i] = cell.text.includes(TEXT_SEPARATOR) ? cell.text.replaceAll(TEXT_SEPARATOR, '\u00a0') : cell.text;
    numbers[i] = cell.value;
    positions[4 * i] = cell.line;
    positions[4 * i + 1] = cell.column;
    positions[4 * i + 2] = cell.endLine;
    positions[4 * i + 3] = cell.endColumn;
    if (cell.location !== undefined) (locations ??= new Array(n).fill(undefined))[i] = cell.location;
  }
  keys = sameAsLast(keys);
  labels = sameAsLast(labels);
  // Written out, not `{ ...head, keys, … }`: V8 (Node 20) gives an object spread and then given
  // new properties a hidden class of its own, a few hundred bytes and slow property reads each.
  const facts: ReportFacts = {
    agency: head.agency === undefined ? undefined : detached(head.agency),
    year: head.year,
    format: head.format,
    keys,
    labels,
    // Joined into a new string, so no piece of the report's text is kept alive by it (one
    // text would be the joined string itself).
    texts: n === 1 ? detached(texts[0]) : texts.join(TEXT_SEPARATOR),
    numbers,
    positions,
  };
  if (locations) facts.locations = locations;
  return facts;
}

/**
 * Reports of one format nearly always have the same keys and labels in the same order: such a
 * list is shared with the last report's (facts are never changed once packed), so that a run's
 * reports do not each hold a copy of it.
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
export type ReportFactsJson = Omit<ReportFacts, 'numbers' | 'positions'> & { numbers: Array<number | string>; positions: number[] };

export function factsToJson(facts: ReportFacts): ReportFactsJson {
  // JSON has no Infinity (a cell of 309 digits): such a number is written as its name.
  return { ...facts, numbers: Array.from(facts.numbers, (n) => (Number.isFinite(n) ? n : String(n))), positions: [...facts.positions] };
}

export function factsFromJson(json: ReportFactsJson): ReportFacts {
  // (A list of texts is what an older version wrote.)
  const texts = Array.isArray(json.texts) ? (json.texts as string[]).join(TEXT_SEPARATOR) : json.texts;
  return { ...json, texts, numbers: Float64Array.from(json.numbers, Number), positions: Int32Array.from(json.positions) };
}

/** The cells of a report by key, for the pair being checked. */
export function factValues(facts: ReportFacts): Map<string, FactCell> {
  const out = new Map<string, FactCell>();
  const texts = factTexts(facts);
  facts.keys.forEach((key, i) => {
    const p = i * 4;
    const cell: RelatedCell = {
      key,
      label: facts.labels[i],
      value: texts[i],
      line: facts.positions[p],
      column: facts.positions[p + 1],
      endLine: facts.positions[p + 2],
      endColumn: facts.positions[p + 3],
    };
    const location = facts.locations?.[i];
    if (location) cell.location = location;
    out.set(key, { value: facts.numbers[i], cell });
  });
  return out;
}
