import { factsFromJson, factsToJson, type ReportFacts } from './report-facts.js';
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

  constructor(private readonly inMemory = DEFAULT_IN_MEMORY) {}

  add(key: K, facts: ReportFacts | undefined): void {
    if (!facts?.agency || facts.year === undefined) return;
    this.heads.set(key, { agency: facts.agency, year: facts.year });
    const place = this.held.size < this.inMemory ? undefined : this.file.append(JSON.stringify(factsToJson(facts)));
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
    return place && factsFromJson(JSON.parse(this.file.read(place)));
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

/** A CI run of a few hundred reports never touches the disk. */
const DEFAULT_IN_MEMORY = 1000;
