import type { RelatedCell } from './check/types.js';

/** A value of a report as the cross-file checks see it: the number and where it is. */
export interface FactCell {
  value: number;
  cell: RelatedCell;
}

/**
 * What the cross-file checks need of a linted report, kept beside its result until every file
 * is done. Packed in parallel arrays (and plain JSON, for worker messages and the cache): held
 * as a Map of cell objects it cost 11 KB per report, so that memory grew with the number of
 * files (a province's 10,000 reports: over 100 MB); packed, with the labels and keys every
 * report shares stored once, about a third of that.
 */
export interface ReportFacts {
  agency?: string;
  year?: number;
  format: string;
  keys: string[];
  labels: string[];
  /** The number as written (1,326). */
  texts: string[];
  numbers: number[];
  /** line, column, endLine, endColumn per cell. */
  positions: number[];
  /** For .docx/.xlsx input: where each cell is (table, row, column; sheet!cell); undefined otherwise. */
  locations?: Array<Record<string, unknown> | undefined>;
}

export function packFacts(head: Pick<ReportFacts, 'agency' | 'year' | 'format'>, cells: Iterable<FactCell>): ReportFacts {
  const facts: ReportFacts = { ...head, agency: head.agency === undefined ? undefined : intern(head.agency), keys: [], labels: [], texts: [], numbers: [], positions: [] };
  const locations: ReportFacts['locations'] = [];
  for (const { value, cell } of cells) {
    facts.keys.push(intern(cell.key ?? ''));
    facts.labels.push(intern(cell.label));
    facts.texts.push(intern(cell.value));
    facts.numbers.push(value);
    facts.positions.push(cell.line, cell.column, cell.endLine, cell.endColumn);
    locations.push(cell.location);
  }
  if (locations.some((l) => l !== undefined)) facts.locations = locations;
  return facts;
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

/** One copy of each label, key and number text across all reports (they repeat from report to report). */
const interned = new Map<string, string>();
const MAX_INTERNED = 100_000;

function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size >= MAX_INTERNED) interned.clear();
  // A copy, not the slice: a slice of 13 characters or more keeps the whole report text alive.
  const copy = s.length >= 13 ? [...s].join('') : s;
  interned.set(copy, copy);
  return copy;
}
