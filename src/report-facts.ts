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
  /** The number as written (1,326). */
  texts: string[];
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
  const keys = new Array<string>(n);
  const labels = new Array<string>(n);
  const texts = new Array<string>(n);
  const numbers = new Float64Array(n);
  const positions = new Int32Array(4 * n);
  let locations: ReportFacts['locations'];
  const cell: FactCellReading = { value: 0, key: '', label: '', text: '', line: 0, column: 0, endLine: 0, endColumn: 0, location: undefined };
  for (let i = 0; i < n; i++) {
    cell.location = undefined;
    read(i, cell);
    // Keys and labels are one string per item for every report (see valueName); a number as
    // written is short, and detached so that it never keeps the report's text alive.
    keys[i] = cell.key;
    labels[i] = cell.label;
    texts[i] = detached(cell.text);
    numbers[i] = cell.value;
    positions[4 * i] = cell.line;
    positions[4 * i + 1] = cell.column;
    positions[4 * i + 2] = cell.endLine;
    positions[4 * i + 3] = cell.endColumn;
    if (cell.location !== undefined) (locations ??= new Array(n).fill(undefined))[i] = cell.location;
  }
  // Written out, not `{ ...head, keys, … }`: V8 (Node 20) gives an object spread and then given
  // new properties a hidden class of its own, a few hundred bytes and slow property reads each.
  const facts: ReportFacts = {
    agency: head.agency === undefined ? undefined : detached(head.agency),
    year: head.year,
    format: head.format,
    keys,
    labels,
    texts,
    numbers,
    positions,
  };
  if (locations) facts.locations = locations;
  return facts;
}

/** Facts as plain JSON (the cache file, the fact store's temporary file). */
export type ReportFactsJson = Omit<ReportFacts, 'numbers' | 'positions'> & { numbers: Array<number | string>; positions: number[] };

export function factsToJson(facts: ReportFacts): ReportFactsJson {
  // JSON has no Infinity (a cell of 309 digits): such a number is written as its name.
  return { ...facts, numbers: Array.from(facts.numbers, (n) => (Number.isFinite(n) ? n : String(n))), positions: [...facts.positions] };
}

export function factsFromJson(json: ReportFactsJson): ReportFacts {
  return { ...json, numbers: Float64Array.from(json.numbers, Number), positions: Int32Array.from(json.positions) };
}

/** The cells of a report by key, for the pair being checked. */
export function factValues(facts: ReportFacts): Map<string, FactCell> {
  const out = new Map<string, FactCell>();
  facts.keys.forEach((key, i) => {
    const p = i * 4;
    const cell: RelatedCell = {
      key,
      label: facts.labels[i],
      value: facts.texts[i],
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
