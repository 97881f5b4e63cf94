import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The bytes of a file, unless it holds more than `maxBytes` (then only its size). One
 * descriptor does it all (open, fstat, read, close): a stat by name and then readFileSync took
 * about half as long again per report file. As readFileSync, it reads as many bytes as the file
 * system says the file has (one read, where asking for one more took a second system call to
 * find the end, ~4 µs a file here), and a file it says is empty (those of /proc) to its end,
 * within the same limit. Errors are the file system's (ENOENT…).
 */
export function readBounded(file: string, maxBytes: number): { bytes: Buffer } | { tooLarge: number } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { tooLarge: size };
    if (size > 0) {
      const buffer = Buffer.allocUnsafe(size);
      const got = readInto(fd, buffer);
      return { bytes: got === size ? buffer : buffer.subarray(0, got) };
    }
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(GROWTH_BLOCK);
      const got = readInto(fd, buffer);
      if (got > 0) parts.push(got === GROWTH_BLOCK ? buffer : buffer.subarray(0, got));
      total += got;
      if (total > maxBytes) return { tooLarge: total };
      if (got < GROWTH_BLOCK) break;
    }
    return { bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts, total) };
  } finally {
    closeSync(fd);
  }
}

/** Fills `buffer` from the file, or as much as it has: the count of bytes read. */
function readInto(fd: number, buffer: Buffer): number {
  let got = 0;
  while (got < buffer.length) {
    const n = readSync(fd, buffer, got, buffer.length - got, null);
    if (n === 0) break;
    got += n;
  }
  return got;
}

const GROWTH_BLOCK = 64 * 1024;
