import { closeSync, openSync, writeSync } from 'node:fs';

/** Pieces of text gathered into pieces of about `size` characters: fewer writes, little memory. */
export function* batched(chunks: Iterable<string>, size = 1 << 16): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield pending.join('');
}

/** Writes the pieces to `file` (created or emptied first) as they come. */
export function writeChunksToFile(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    for (const piece of batched(chunks)) {
      const bytes = Buffer.from(piece, 'utf8');
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    }
  } finally {
    closeSync(fd);
  }
}
