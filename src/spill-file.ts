import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const READ_BLOCK = 256 * 1024;
/**
 * Records are gathered and written this many bytes at a time: a write per record (a report's
 * result or facts, a few kB) was most of the cost of spilling on the main thread of a
 * 10,000-file run.
 */
const WRITE_BLOCK = 256 * 1024;

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
 * elsewhere its directory is removed by close(). Records are written a block at a time (and
 * before a read that needs them). A file that cannot be made or written takes no more records:
 * append() then says so, and the caller keeps the record in memory; records already taken but
 * not written stay readable from memory.
 */
export class SpillFile {
  private file?: { fd: number; dir?: string };
  private failed = false;
  /** Bytes of every record taken, written or not yet. */
  private size = 0;
  /** Records taken but not yet written, the last `pendingLength` bytes of the file. */
  private pending?: Buffer;
  private pendingLength = 0;
  /**
   * Records that could not be written when their block was (the disk full): kept, so that the
   * places already given for them can still be read. The file takes no record after that.
   */
  private unwritten?: { at: number; bytes: Buffer };
  /** The part of the file read last. */
  private block?: { at: number; buffer: Buffer; length: number };

  constructor(private readonly prefix: string) {}

  /** Where the record went, or undefined when it could not be written (keep it in memory). */
  append(text: string): SpillPlace | undefined {
    if (this.failed) return undefined;
    let file: { fd: number };
    try {
      file = this.file ??= openTemporaryFile(this.prefix);
    } catch {
      this.failed = true;
      return undefined;
    }
    const length = Buffer.byteLength(text, 'utf8');
    if (this.pendingLength + length > WRITE_BLOCK && !this.flush()) return undefined;
    if (length > WRITE_BLOCK) {
      try {
        writeAll(file.fd, Buffer.from(text, 'utf8'), this.size);
      } catch {
        this.failed = true;
        return undefined;
      }
    } else {
      this.pending ??= Buffer.allocUnsafe(WRITE_BLOCK);
      this.pending.write(text, this.pendingLength, 'utf8');
      this.pendingLength += length;
    }
    const place = { at: this.size, bytes: length };
    this.size += length;
    return place;
  }

  /** Writes the records taken so far; false when they could not be (they are kept in `unwritten`). */
  private flush(): boolean {
    if (this.pendingLength === 0 || !this.file || !this.pending) return true;
    const at = this.size - this.pendingLength;
    const bytes = this.pending.subarray(0, this.pendingLength);
    this.pendingLength = 0;
    try {
      writeAll(this.file.fd, bytes, at);
      return true;
    } catch {
      this.failed = true;
      this.unwritten = { at, bytes: Buffer.from(bytes) };
      return false;
    }
  }

  /**
   * A record's text. Records are read back mostly in the order they were written, so a block
   * of the file is read at once and the next records are taken from it: one read per block,
   * not one per record (10,000 results read back took 250 ms with a read each).
   */
  read({ at, bytes }: SpillPlace): string {
    if (!this.file) throw new Error('spill file: read after close, or of a record never written');
    if (this.pendingLength > 0 && at + bytes > this.size - this.pendingLength) this.flush();
    const unwritten = this.unwritten;
    if (unwritten && at >= unwritten.at && at + bytes <= unwritten.at + unwritten.bytes.length) {
      return unwritten.bytes.toString('utf8', at - unwritten.at, at - unwritten.at + bytes);
    }
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

function writeAll(fd: number, bytes: Uint8Array, at: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
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
