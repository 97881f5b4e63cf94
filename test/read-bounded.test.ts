import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../src/read-bounded.js';

const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-read-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

describe('readBounded', () => {
  it('reads a file whole, an empty one and one of exactly the limit included', () => {
    const text = '年度报告 1,326 件\n'.repeat(5000);
    expect(readBounded(file('a.txt', text), 1 << 20)).toEqual({ bytes: Buffer.from(text) });
    expect(readBounded(file('empty.txt', ''), 10)).toEqual({ bytes: Buffer.alloc(0) });
    expect(readBounded(file('ten.txt', '0123456789'), 10)).toEqual({ bytes: Buffer.from('0123456789') });
  });

  it('gives only the size of a file over the limit', () => {
    expect(readBounded(file('eleven.txt', '0123456789a'), 10)).toEqual({ tooLarge: 11 });
  });

  it('reads a file the file system says is empty to its end (those of /proc)', () => {
    if (process.platform !== 'linux') return;
    const read = readBounded('/proc/self/status', 1 << 20);
    expect('bytes' in read && read.bytes.toString('utf8')).toMatch(/^Name:/);
    expect(readBounded('/proc/self/status', 8)).toMatchObject({ tooLarge: expect.any(Number) });
  });

  it('throws the file system error for a file that cannot be read', () => {
    expect(() => readBounded(path.join(dir, 'none.txt'), 10)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => readBounded(dir, 1 << 20)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });

  it('reads what readFileSync reads', () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256);
    const p = file('binary.bin', bytes);
    expect(readBounded(p, 1 << 20)).toEqual({ bytes: readFileSync(p) });
  });
});
