import { readFileSync, statSync } from 'node:fs';

/** Largest configuration, ignore or baseline file read (real ones are a few KB). */
export const MAX_SMALL_FILE = 4 * 1024 * 1024;

/**
 * Reads a small text file the tool itself needs (a configuration, an ignore list). A FIFO
 * would block the run for ever and a device such as /dev/zero never ends, so only a regular
 * file is read, and only up to MAX_SMALL_FILE. Throws an Error whose message says why.
 */
export function readSmallFile(file: string, maxBytes = MAX_SMALL_FILE): string {
  checkSmallFile(file, maxBytes);
  return readFileSync(file, 'utf8');
}

/** Throws unless `file` is a regular file of at most `maxBytes` (for files imported rather than read). */
export function checkSmallFile(file: string, maxBytes = MAX_SMALL_FILE): void {
  const stat = statSync(file);
  if (!stat.isFile()) throw new Error('not a regular file');
  if (stat.size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
}

/** Largest baseline read: one fingerprint per recorded finding, a province's worth fits easily. */
export const MAX_BASELINE_FILE = 64 * 1024 * 1024;
