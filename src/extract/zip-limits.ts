import yauzl from 'yauzl';
import type { MetaRuleId } from '../meta.js';
import type { ReadLimits } from './read-limits.js';

export { DEFAULT_LIMITS, type ReadLimits } from './read-limits.js';

export interface ReadFailure {
  failure: MetaRuleId;
  data?: Record<string, string | number>;
}

/**
 * Checks a zip archive before it is unpacked: the entry count and the declared sizes from the
 * central directory first (cheap, nothing inflated), then every entry is inflated and thrown
 * away while the bytes are counted, because declared sizes can lie; yauzl also stops an entry
 * that inflates to more than it declared. Returns null when the archive is within the limits.
 */
export async function checkZip(bytes: Uint8Array, limits: ReadLimits): Promise<ReadFailure | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch (error) {
    return corrupt(error);
  }
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      return { failure: 'file-archive-too-many-entries', data: { actual: zip.entryCount, limit: limits.maxZipEntries } };
    }
    const entries = await readDirectory(zip);
    const declared = entries.reduce((n, e) => n + e.uncompressedSize, 0);
    if (declared > limits.maxUnpackedSize) return tooLarge(declared, limits);
    let unpacked = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      unpacked = await inflateCounting(zip, entry, unpacked, limits.maxUnpackedSize);
      if (unpacked > limits.maxUnpackedSize) return tooLarge(unpacked, limits);
    }
    return null;
  } catch (error) {
    return corrupt(error);
  } finally {
    zip.close();
  }
}

function open(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip),
    );
  });
}

/** The central directory's entries: names and declared sizes, nothing inflated. */
function readDirectory(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('error', reject);
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.readEntry();
  });
}

/** Inflates one entry into nothing, returning the running total; stops as soon as it passes `max`. */
function inflateCounting(zip: yauzl.ZipFile, entry: yauzl.Entry, total: number, max: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('unreadable entry'));
      let n = total;
      stream.on('data', (chunk: Buffer) => {
        n += chunk.length;
        if (n > max) {
          stream.destroy();
          resolve(n);
        }
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(n));
    });
  });
}

function tooLarge(actual: number, limits: ReadLimits): ReadFailure {
  return { failure: 'file-archive-too-large', data: { actual: megabytes(actual), limit: megabytes(limits.maxUnpackedSize) } };
}

function corrupt(error: unknown): ReadFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return { failure: 'file-corrupt', data: { reason } };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
