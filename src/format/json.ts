import type { FileResult } from '../result.js';

/** ESLint's JSON shape: an array of file results; our extra fields ride along. */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(results) + '\n';
}
