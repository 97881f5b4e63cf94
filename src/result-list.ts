import type { FileResult } from './result.js';

/**
 * The results of a run as formatters, the baseline and the exit code read them: in file order,
 * as often as needed. An array is one; so is a run whose results wait in a temporary file
 * (src/result-store.ts), which a sweep of 10,000 files uses so as not to hold them all.
 */
export interface ResultList extends Iterable<FileResult> {
  readonly length: number;
}

/** The same list with `f` applied to each result as it is read (nothing is kept). */
export function mapResults(list: ResultList, f: (result: FileResult) => FileResult): ResultList {
  return {
    length: list.length,
    *[Symbol.iterator]() {
      for (const r of list) yield f(r);
    },
  };
}
