import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The bytes of a file, unless it holds more than `maxBytes` (then only its size). One
 * descriptor does it all (open, fstat, read, close): a stat by name and then readFileSync took
 * about half as long again per report file. A file that grows while it is read is read to its
 * end, as readFileSync would, within the same limit. Errors are the file system's (ENOENT…).
 */
export function readBounded(file: string, maxBytes: number): { bytes: Buffer } | { tooLarge: number } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { tooLarge: size };
    const parts: Buffer[] = [];
    let total = 0;
    // The size is a hint: read until the end, a block at a time once past it. One unit more than
    // the size is asked for, so that a file that did not grow (nearly all) is read into one
    // buffer, its end found by that read, with no second buffer to allocate and join.
    for (let want = size + 1; ; want = GROWTH_BLOCK) {
      const buffer = Buffer.allocUnsafe(want);
      let got = 0;
      while (got < want) {
        const n = readSync(fd, buffer, got, want - got, null);
        if (n === 0) break;
        got += n;
      }
      if (got > 0) parts.push(got === want ? buffer : buffer.subarray(0, got));
      total += got;
      if (total > maxBytes) return { tooLarge: total };
      if (got < want) break;
    }
    return { bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts, total) };
  } finally {
    closeSync(fd);
  }
}

const GROWTH_BLOCK = 64 * 1024;
