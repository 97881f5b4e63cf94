import type { FileResult } from './result.js';

/**
 * A result as JSON text and back, unchanged (the result store's temporary file). Results are plain data, except that a number may be infinite (a cell of 309 digits,
 * and sums of it) where JSON has only null: such a number is written as a one-key object, so a
 * finding read back has the numbers it had, and the baseline's fingerprints stay the same.
 */
export function resultToJson(result: FileResult): string {
  return JSON.stringify(result, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? { [NUMBER]: String(value) } : value));
}

export function resultFromJson(text: string): FileResult {
  // The reviver doubles the time of a parse: only text with a wrapped number needs it.
  if (!text.includes(WRITTEN_KEY)) return JSON.parse(text) as FileResult;
  return JSON.parse(text, (_key, value: unknown) => (isWrappedNumber(value) ? Number(value[NUMBER]) : value)) as FileResult;
}

const NUMBER = '\u0000number';
/** The key as JSON writes it (a NUL is always escaped). */
const WRITTEN_KEY = JSON.stringify(NUMBER);

function isWrappedNumber(value: unknown): value is { [NUMBER]: string } {
  return typeof value === 'object' && value !== null && NUMBER in value && Object.keys(value).length === 1;
}
