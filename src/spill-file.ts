import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const READ_BLOCK = 256 * 1024;

/** Where a record is in a spill file. */
export interface SpillPlace {
  at: number;
  bytes: number;
}

/**
 * An append-only temporary file of text records, for what a long run must keep until its end
 * but need not hold in memory (cross-year facts, results). The file is made with the first
 * record. Where the system allows it (POSIX), its name is removed at once and the open
 * descriptor is all that is left of it, so that not even a killed run leaves it behind;
 * elsewhere its directory is removed by close(). A file that cannot be made or written takes no
 * more records: append() then says so, and the caller keeps the record in memory.
 */
export class SpillFile {
  private file?: { fd: number; dir?: string };
  private failed = false;
  private size = 0;
  /** The part of the file read last. */
  private block?: { at: number; buffer: Buffer; length: number };

  constructor(private readonly prefix: string) {}

  /** Where the record went, or undefined when it could not be written (keep it in memory). */
  append(text: string): SpillPlace | undefined {
    if (this.failed) return undefined;
    try {
      const { fd } = (this.file ??= openTemporaryFile(this.prefix));
      const bytes = Buffer.from(text, 'utf8');
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, this.size + done);
      const place = { at: this.size, bytes: bytes.length };
      this.size += bytes.length;
      return place;
    } catch {
      this.failed = true;
      return undefined;
    }
  }

  /**
   * A record's text. Records are read back mostly in the order they were written, so a block
   * of the file is read at once and the next records are taken from it: one read per block,
   * not one per record (10,000 results read back took 250 ms with a read each).
   */
  read({ at, bytes }: SpillPlace): string {
    if (!this.file) throw new Error('spill file: read after close, or of a record never written');
    let block = this.block;
    if (!block || at < block.at || at + bytes > block.at + block.length) {
      const buffer = Buffer.allocUnsafe(Math.max(bytes, READ_BLOCK));
      const length = readSync(this.file.fd, buffer, 0, buffer.length, at);
      if (length < bytes) throw new Error(`spill file: ${bytes} bytes at ${at} but only ${length} could be read`);
      block = this.block = { at, buffer, length };
    }
    return block.buffer.toString('utf8', at - block.at, at - block.at + bytes);
  }

  /** Closes and removes the file; it must not be used after. */
  close(): void {
    const file = this.file;
    this.file = undefined;
    this.failed = true;
    if (!file) return;
    try {
      closeSync(file.fd);
    } finally {
      if (file.dir) rmSync(file.dir, { recursive: true, force: true });
    }
  }
}

function openTemporaryFile(prefix: string): { fd: number; dir?: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  let fd: number;
  try {
    fd = openSync(path.join(dir, 'spill'), 'w+', 0o600);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  if (process.platform === 'win32') return { fd, dir };
  rmSync(dir, { recursive: true, force: true });
  return { fd };
}
