import type { FileResult } from './result.js';
import { resultFromJson, resultToJson } from './result-json.js';
import type { ResultList } from './result-list.js';
import { SpillFile, type SpillPlace } from './spill-file.js';

/**
 * The results of a run by the index of their file, kept until the output is written. The
 * first `inMemory` to come in are held as they are; past that they go, as JSON
 * (src/result-json.ts), to a temporary file and only their place in it stays. The command line
 * keeps 200 in memory, so a sweep of 10,000 reports runs in about the memory of 1,000; the
 * library returns an array and holds them all. If the temporary file cannot be written,
 * results stay in memory.
 */
export class ResultStore {
  private readonly held: Array<FileResult | undefined>;
  private readonly places: Array<SpillPlace | undefined>;
  private heldCount = 0;
  private readonly file = new SpillFile('disclosure-lint-results-');

  constructor(
    readonly length: number,
    private readonly inMemory = Infinity,
  ) {
    this.held = new Array<FileResult | undefined>(length);
    this.places = new Array<SpillPlace | undefined>(length);
  }

  set(index: number, result: FileResult): void {
    const place = this.heldCount < this.inMemory ? undefined : this.file.append(resultToJson(result));
    if (place) {
      this.places[index] = place;
    } else {
      this.held[index] = result;
      this.heldCount++;
    }
  }

  get(index: number): FileResult {
    const held = this.held[index];
    if (held) return held;
    const place = this.places[index];
    if (!place) throw new Error(`no result for file ${index} of the run`);
    return resultFromJson(this.file.read(place));
  }

  /** How many results are in the temporary file (for tests and the bench). */
  get spilledCount(): number {
    return this.places.reduce((n, p) => n + (p ? 1 : 0), 0);
  }

  /** The results in file order, with `f` applied to each (it gets the index too). */
  list(f: (result: FileResult, index: number) => FileResult = (r) => r): ResultList {
    const store = this;
    return {
      length: this.length,
      *[Symbol.iterator]() {
        for (let i = 0; i < store.length; i++) yield f(store.get(i), i);
      },
    };
  }

  /** Closes and removes the temporary file; results not held cannot be read after. */
  close(): void {
    this.file.close();
  }
}
