import { readFileSync, statSync } from 'node:fs';

/** Largest configuration, ignore or baseline file read (real ones are a few KB). */
export const MAX_SMALL_FILE = 4 * 1024 * 1024;

/**
 * Reads a small text file the tool itself needs (a configuration, an ignore list). A FIFO
 * would block the run for ever and a device such as /dev/zero never ends, so only a regular
 * file is read, and only up to MAX_SMALL_FILE. Throws an Error whose message says why.
 */
export function readSmallFile(file: string): string {
  checkSmallFile(file);
  return readFileSync(file, 'utf8');
}

/** Throws unless `file` is a regular file of at most MAX_SMALL_FILE bytes (for files imported rather than read). */
export function checkSmallFile(file: string): void {
  const stat = statSync(file);
  if (!stat.isFile()) throw new Error('not a regular file');
  if (stat.size > MAX_SMALL_FILE) throw new Error(`larger than ${MAX_SMALL_FILE} bytes`);
}
