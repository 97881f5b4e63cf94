import type { ResultList } from '../result-list.js';

/** ESLint's JSON shape: an array of file results; our extra fields ride along. */
export function formatJson(results: ResultList): string {
  return [...jsonChunks(results)].join('');
}

/** The same text a file at a time (what JSON.stringify(array) writes), for a long run's output. */
export function* jsonChunks(results: ResultList): Generator<string> {
  let separator = '[';
  for (const r of results) {
    yield separator + JSON.stringify(r);
    separator = ',';
  }
  yield separator === '[' ? '[]\n' : ']\n';
}
