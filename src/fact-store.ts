import { ListTable } from './list-table.js';
import type { ReportFacts } from './report-facts.js';
import type { FileResult } from './result.js';
import { SpillFile, type SpillPlace } from './spill-file.js';

/** What pairing reports needs of each one; the rest of its facts is read only for a pair. */
export interface FactHead {
  agency: string;
  year: number;
}

/**
 * The cross-year facts of every report of a run, from the moment its result comes in until
 * every file is done, under a key that stands for the report (its result, or its place in the
 * run). A report without a body or a year pairs with nothing: its facts are dropped at once.
 * Past `inMemory` reports, facts go to a temporary file and only their body, year and place in
 * the file stay in memory (about 100 bytes a report instead of 3 kB), so a sweep of a
 * province's 10,000 reports does not grow with the number of files. If the temporary file
 * cannot be written, facts stay in memory: the results are the same.
 */
export class FactStore<K = FileResult> {
  private readonly heads = new Map<K, FactHead>();
  private readonly held = new Map<K, ReportFacts>();
  private readonly spilled = new Map<K, SpillPlace>();
  private readonly file = new SpillFile('disclosure-lint-facts-');
  /**
   * The key lists of spilled facts. Written out with every record, keys and labels were most of
   * its bytes (a 2021 report: ~13 kB of ~17) and of the time the main thread of a 10,000-file
   * run spent storing facts (a sixth of that thread's time).
   */
  private readonly lists = new ListTable();

  constructor(private readonly inMemory = DEFAULT_IN_MEMORY) {}

  add(key: K, facts: ReportFacts | undefined): void {
    if (!facts?.agency || facts.year === undefined) return;
    this.heads.set(key, { agency: facts.agency, year: facts.year });
    const place = this.held.size < this.inMemory ? undefined : this.file.append(JSON.stringify(this.record(facts)));
    if (place) this.spilled.set(key, place);
    else this.held.set(key, facts);
  }

  /** Reports with facts, in the order they were added, and what pairing needs of each. */
  entries(): IterableIterator<[K, FactHead]> {
    return this.heads.entries();
  }

  /** The facts of a report. A temporary file that cannot be read back throws: the cross-year checks of the run would be lost. */
  facts(key: K): ReportFacts | undefined {
    const held = this.held.get(key);
    if (held) return held;
    const place = this.spilled.get(key);
    if (!place) return undefined;
    const record = JSON.parse(this.file.read(place)) as FactsRecord;
    return {
      agency: record.agency,
      year: record.year,
      format: record.format,
      keys: this.lists.list(record.keys),
      numbers: new Float64Array(bytesOf(record.numbers)),
      cells: record.cells,
    };
  }

  private record(facts: ReportFacts): FactsRecord {
    return {
      agency: facts.agency,
      year: facts.year,
      format: facts.format,
      keys: this.lists.ref(facts.keys),
      numbers: base64Of(facts.numbers),
      cells: facts.cells,
    };
  }

  /** How many reports' facts are in the temporary file (for tests and the bench). */
  get spilledCount(): number {
    return this.spilled.size;
  }

  /** Closes and removes the temporary file; the store must not be used after. */
  close(): void {
    this.file.close();
  }
}

/**
 * Facts as the temporary file holds them: the keys by their number in the store's list table,
 * the numbers as the bytes of their array (base64), which is encoded and decoded natively where
 * JSON wrote and parsed a few hundred numbers a report one by one (and has no Infinity). The
 * file is read back only by the process that wrote it.
 */
interface FactsRecord extends Pick<ReportFacts, 'agency' | 'year' | 'format' | 'cells'> {
  keys: number | string[];
  numbers: string;
}

function base64Of(array: Float64Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** Decoded into a buffer of its own, aligned for any typed array (a decoded Buffer may sit at any offset of a shared pool). */
function bytesOf(base64: string): ArrayBuffer {
  const decoded = Buffer.from(base64, 'base64');
  const bytes = new Uint8Array(decoded.length);
  bytes.set(decoded);
  return bytes.buffer;
}

/** A CI run of a few hundred reports never touches the disk. */
const DEFAULT_IN_MEMORY = 1000;
