import type { RelatedCell } from './check/types.js';
import { sameAsLast, type ReportFacts } from './report-facts.js';
import { shared } from './shared-strings.js';

/**
 * A report's facts as a worker thread sends them. Their list of keys is the same for every
 * report of a format (src/report-facts.ts sameAsLast): it travels as a number into a table of
 * lists both ends keep, each list crossing once per worker. The cells a message may name travel
 * as numbers too (their key's place in the list, their label's number in a table of labels,
 * their place in the file), with their numbers as written: structured clone copies an object
 * property by property, and twenty cells as objects cost more to send than all the rest.
 */
export interface WireFacts extends Omit<ReportFacts, 'keys' | 'cells'> {
  /** The number of the keys' list in the tables. */
  keyList: number;
  /** The list itself, when the receiving table does not have it yet. */
  fresh?: string[];
  /** Per cell: its key's index in the list, its label's number, line, column, end line, end column. */
  cellInts: Int32Array;
  /** Per cell: its number as written. */
  cellTexts: string[];
  /** Labels the receiving table does not have yet, in the order of their numbers. */
  freshLabels?: string[];
  /** Per cell, where it is in a .docx or .xlsx report; only when a cell has a location. */
  locations?: Array<Record<string, unknown> | undefined>;
  /** The receiving tables start over (a sending one was full) before taking what is fresh. */
  reset?: true;
}

const INTS_PER_CELL = 6;
/** Lists (a run has a list or two per format) and labels (a few per key) a table holds before it starts over. */
const LISTS_LIMIT = 1_000;
const LABELS_LIMIT = 20_000;

/** The sending end (a worker thread): the lists and labels it has sent, by number. */
export class WireStringsOut {
  private readonly lists = new Map<string[], number>();
  private readonly labels = new Map<string, number>();

  encode(facts: ReportFacts): WireFacts {
    let reset: true | undefined;
    if (this.lists.size >= LISTS_LIMIT || this.labels.size + facts.cells.length > LABELS_LIMIT) {
      this.lists.clear();
      this.labels.clear();
      reset = true;
    }
    let keyList = this.lists.get(facts.keys);
    let fresh: string[] | undefined;
    if (keyList === undefined) {
      keyList = this.lists.size;
      this.lists.set(facts.keys, keyList);
      fresh = facts.keys;
    }
    const { cells, keys } = facts;
    const cellInts = new Int32Array(INTS_PER_CELL * cells.length);
    const cellTexts = new Array<string>(cells.length);
    let freshLabels: string[] | undefined;
    let locations: WireFacts['locations'];
    // Cells come in the order of the keys: each key is looked for from the last one found.
    let k = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      while (k < keys.length && keys[k] !== cell.key) k++;
      const index = k < keys.length ? k : keys.indexOf(cell.key);
      if (index < 0) throw new Error(`facts: the cell ${cell.key} has no value`);
      let label = this.labels.get(cell.label);
      if (label === undefined) {
        label = this.labels.size;
        this.labels.set(cell.label, label);
        (freshLabels ??= []).push(cell.label);
      }
      const p = INTS_PER_CELL * i;
      cellInts[p] = index;
      cellInts[p + 1] = label;
      cellInts[p + 2] = cell.line;
      cellInts[p + 3] = cell.column;
      cellInts[p + 4] = cell.endLine;
      cellInts[p + 5] = cell.endColumn;
      cellTexts[i] = cell.value;
      if (cell.location !== undefined) (locations ??= new Array(cells.length).fill(undefined))[i] = cell.location;
    }
    const wire: WireFacts = { agency: facts.agency, year: facts.year, format: facts.format, keyList, numbers: facts.numbers, cellInts, cellTexts };
    if (fresh) wire.fresh = fresh;
    if (freshLabels) wire.freshLabels = freshLabels;
    if (locations) wire.locations = locations;
    if (reset) wire.reset = reset;
    return wire;
  }
}

/** The receiving end (the main thread), one per worker: the same lists and labels under the same numbers. */
export class WireStringsIn {
  private lists: string[][] = [];
  private labels: string[] = [];

  decode(wire: WireFacts): ReportFacts {
    if (wire.reset) {
      this.lists = [];
      this.labels = [];
    }
    // Shared with every other worker's copy and with the facts this thread packs itself.
    if (wire.fresh) this.lists.push(sameAsLast(wire.fresh.map(shared)));
    for (const label of wire.freshLabels ?? []) this.labels.push(shared(label));
    const keys = this.lists[wire.keyList];
    const ints = wire.cellInts;
    const cells = new Array<RelatedCell>(wire.cellTexts.length);
    for (let i = 0; i < cells.length; i++) {
      const p = INTS_PER_CELL * i;
      const cell: RelatedCell = { key: keys[ints[p]], label: this.labels[ints[p + 1]], value: wire.cellTexts[i], line: ints[p + 2], column: ints[p + 3], endLine: ints[p + 4], endColumn: ints[p + 5] };
      const location = wire.locations?.[i];
      if (location !== undefined) cell.location = location;
      cells[i] = cell;
    }
    return { agency: wire.agency, year: wire.year, format: shared(wire.format), keys, numbers: wire.numbers, cells };
  }
}
