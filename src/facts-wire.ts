import { sameAsLast, type ReportFacts } from './report-facts.js';
import { shared } from './shared-strings.js';

/**
 * A report's facts as a worker thread sends them. Copied as they are (a few hundred strings:
 * the keys and labels every report repeats), they took ~60 µs a report to copy out and in, and
 * the main thread then looked every key and label up to share it again: together about a tenth
 * of that thread's time, which it also spends linting. Here keys and labels travel as numbers
 * into a table of strings both ends keep (each string crosses once per worker).
 */
export interface WireFacts extends Omit<ReportFacts, 'keys' | 'labels'> {
  keyIds: Int32Array;
  labelIds: Int32Array;
  /** Strings the receiving table does not have yet, in the order of their numbers. */
  fresh: string[];
  /** The receiving table starts over (the sending one was full) before taking `fresh`. */
  reset?: true;
}
/** Strings a table holds before it starts over (keys and labels come from templates: a few hundred). */
const TABLE_LIMIT = 50_000;

/** The sending end (a worker thread): strings it has sent, by number. */
export class WireStringsOut {
  private readonly ids = new Map<string, number>();

  encode(facts: ReportFacts): WireFacts {
    const fresh: string[] = [];
    let reset: true | undefined;
    if (this.ids.size + 2 * facts.keys.length > TABLE_LIMIT) {
      this.ids.clear();
      reset = true;
    }
    const idOf = (s: string) => {
      let id = this.ids.get(s);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(s, id);
        fresh.push(s);
      }
      return id;
    };
    const keyIds = new Int32Array(facts.keys.length);
    const labelIds = new Int32Array(facts.labels.length);
    for (let i = 0; i < keyIds.length; i++) keyIds[i] = idOf(facts.keys[i]);
    for (let i = 0; i < labelIds.length; i++) labelIds[i] = idOf(facts.labels[i]);
    const wire: WireFacts = {
      agency: facts.agency,
      year: facts.year,
      format: facts.format,
      keyIds,
      labelIds,
      fresh,
      texts: facts.texts,
      numbers: facts.numbers,
      positions: facts.positions,
    };
    if (reset) wire.reset = reset;
    if (facts.locations) wire.locations = facts.locations;
    return wire;
  }
}

/** The receiving end (the main thread), one per worker: the same strings under the same numbers. */
export class WireStringsIn {
  private strings: string[] = [];

  decode(wire: WireFacts): ReportFacts {
    if (wire.reset) this.strings = [];
    // Shared with every other worker's copy and with the facts this thread packs itself.
    for (const s of wire.fresh) this.strings.push(shared(s));
    const { strings } = this;
    const keys = new Array<string>(wire.keyIds.length);
    const labels = new Array<string>(wire.labelIds.length);
    for (let i = 0; i < keys.length; i++) keys[i] = strings[wire.keyIds[i]];
    for (let i = 0; i < labels.length; i++) labels[i] = strings[wire.labelIds[i]];
    const facts: ReportFacts = {
      agency: wire.agency,
      year: wire.year,
      format: shared(wire.format),
      keys: sameAsLast(keys),
      labels: sameAsLast(labels),
      texts: wire.texts,
      numbers: wire.numbers,
      positions: wire.positions,
    };
    if (wire.locations) facts.locations = wire.locations;
    return facts;
  }
}
