import { sameAsLast, type ReportFacts } from './report-facts.js';
import { shareCellStrings, shared } from './shared-strings.js';

/**
 * A report's facts as a worker thread sends them. Their list of keys is the same for every
 * report of a format (src/report-facts.ts sameAsLast): it travels as a number into a table of
 * lists both ends keep, each list crossing once per worker, so that neither thread copies,
 * and the main thread does not share again, two hundred keys a report.
 */
export interface WireFacts extends Omit<ReportFacts, 'keys'> {
  /** The number of the keys' list in the tables. */
  keyList: number;
  /** The list itself, when the receiving table does not have it yet. */
  fresh?: string[];
  /** The receiving table starts over (the sending one was full) before taking `fresh`. */
  reset?: true;
}

/** Lists a table holds before it starts over (a run has a list or two per format). */
const TABLE_LIMIT = 1_000;

/** The sending end (a worker thread): the lists it has sent, by number. */
export class WireStringsOut {
  private readonly ids = new Map<string[], number>();

  encode(facts: ReportFacts): WireFacts {
    let reset: true | undefined;
    let id = this.ids.get(facts.keys);
    let fresh: string[] | undefined;
    if (id === undefined) {
      if (this.ids.size >= TABLE_LIMIT) {
        this.ids.clear();
        reset = true;
      }
      id = this.ids.size;
      this.ids.set(facts.keys, id);
      fresh = facts.keys;
    }
    const wire: WireFacts = { agency: facts.agency, year: facts.year, format: facts.format, keyList: id, numbers: facts.numbers, cells: facts.cells };
    if (fresh) wire.fresh = fresh;
    if (reset) wire.reset = reset;
    return wire;
  }
}

/** The receiving end (the main thread), one per worker: the same lists under the same numbers. */
export class WireStringsIn {
  private lists: string[][] = [];

  decode(wire: WireFacts): ReportFacts {
    if (wire.reset) this.lists = [];
    // Shared with every other worker's copy and with the facts this thread packs itself.
    if (wire.fresh) this.lists.push(sameAsLast(wire.fresh.map(shared)));
    shareCellStrings(wire.cells);
    return { agency: wire.agency, year: wire.year, format: shared(wire.format), keys: this.lists[wire.keyList], numbers: wire.numbers, cells: wire.cells };
  }
}
