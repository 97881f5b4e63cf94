import { closeSync, openSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fileResult } from '../src/result.js';
import { resultFromJson, resultToJson } from '../src/result-json.js';
import { ResultStore } from '../src/result-store.js';
import { SpillFile } from '../src/spill-file.js';

const tempDirs = (prefix: string) => readdirSync(tmpdir()).filter((d) => d.startsWith(prefix));

const finding = (line: number, actual: number, expected: number) => ({
  ruleId: 'F21-T3-SUM', severity: 2 as const, message: `第 ${line} 行：合计不符`, line, column: 3, endLine: line, endColumn: 5, key: 't3.total.np', actual, expected,
});

describe('SpillFile', () => {
  it('gives back each record as written, in any order, records larger than a read block included', () => {
    const before = tempDirs('disclosure-lint-test-');
    const file = new SpillFile('disclosure-lint-test-');
    try {
      const records = ['甲', 'b'.repeat(300_000), '', '乙丙丁'.repeat(1000), '\u0000'];
      const places = records.map((r) => file.append(r)!);
      // No name left on a POSIX system: a killed run leaves nothing behind.
      if (process.platform !== 'win32') expect(tempDirs('disclosure-lint-test-').filter((d) => !before.includes(d))).toEqual([]);
      expect(places.map((p) => p.bytes)).toEqual(records.map((r) => Buffer.byteLength(r)));
      for (const i of [4, 0, 3, 1, 2, 0, 4]) expect(file.read(places[i])).toBe(records[i]);
      // A record appended after a read is found too.
      const later = file.append('后来')!;
      expect(file.read(later)).toBe('后来');
      expect(file.read(places[0])).toBe('甲');
    } finally {
      file.close();
    }
    expect(tempDirs('disclosure-lint-test-').filter((d) => !before.includes(d))).toEqual([]);
    expect(file.append('关闭之后')).toBeUndefined();
  });

  it('gives back records taken in many blocks, a record read before its block is written included', () => {
    const file = new SpillFile('disclosure-lint-test-');
    try {
      // ~4 kB records, as results and facts are: several write blocks' worth.
      const records = Array.from({ length: 300 }, (_, i) => `${i}:${'报告'.repeat(600 + (i % 7))}`);
      const places: Array<{ at: number; bytes: number }> = [];
      records.forEach((r, i) => {
        places.push(file.append(r)!);
        // Now and then the record just taken is read at once, before its block is full.
        if (i % 97 === 0) expect(file.read(places[i])).toBe(r);
      });
      expect(places.map((p) => p.bytes)).toEqual(records.map((r) => Buffer.byteLength(r)));
      for (let i = 0; i < records.length; i += 13) expect(file.read(places[i])).toBe(records[i]);
      expect(file.read(places[299])).toBe(records[299]);
    } finally {
      file.close();
    }
  });

  it('keeps records it took but could not write readable, and takes no more', () => {
    const file = new SpillFile('disclosure-lint-test-');
    try {
      const first = file.append('甲'.repeat(10))!;
      const second = file.append('乙'.repeat(10))!;
      // The disk fails under it: its descriptor is swapped for one that cannot be written.
      const internals = file as unknown as { file: { fd: number } };
      const real = internals.file.fd;
      internals.file.fd = openSync(fileURLToPath(import.meta.url), 'r');
      closeSync(real);
      // Too large for the block in memory: the block is written first, and that fails.
      expect(file.append('丙'.repeat(100_000))).toBeUndefined();
      expect(file.read(first)).toBe('甲'.repeat(10));
      expect(file.read(second)).toBe('乙'.repeat(10));
      expect(file.append('丁')).toBeUndefined();
    } finally {
      file.close();
    }
  });

  it('takes no record when the temporary directory cannot be written, and says so', () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = '/proc/disclosure-lint-no-such-dir';
    try {
      const file = new SpillFile('disclosure-lint-test-');
      expect(file.append('甲')).toBeUndefined();
      expect(file.append('乙')).toBeUndefined();
      file.close();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});

describe('result JSON', () => {
  it('reads back infinite and NaN numbers, which plain JSON would turn into null', () => {
    const r = fileResult('/r/a.md', [finding(3, Infinity, -Infinity), { ...finding(4, 1, 2), expected: Number.NaN }]);
    const back = resultFromJson(resultToJson(r));
    expect(back).toEqual(r);
    expect(back.messages[0].actual).toBe(Infinity);
    expect(back.messages[0].expected).toBe(-Infinity);
    expect(back.messages[1].expected).toBeNaN();
  });

  it('leaves text that spells the wrapper alone', () => {
    const r = fileResult('/r/\u0000number.md', [{ ...finding(3, 1, 2), message: '{"\u0000number":"Infinity"}' }]);
    expect(resultFromJson(resultToJson(r))).toEqual(r);
  });
});

describe('ResultStore', () => {
  const results = Array.from({ length: 6 }, (_, i) => fileResult(`/r/${i}.md`, i % 2 ? [finding(i + 1, i, i + 1)] : []));

  it('holds the first results to come in, writes the rest to a temporary file and lists them all in file order', () => {
    const store = new ResultStore(results.length, 2);
    try {
      // Workers finish out of order.
      for (const i of [3, 0, 5, 1, 4, 2]) store.set(i, results[i]);
      expect(store.spilledCount).toBe(4);
      expect(store.get(3)).toBe(results[3]);
      expect(store.get(1)).not.toBe(results[1]);
      expect(store.get(1)).toEqual(results[1]);
      const list = store.list();
      expect(list.length).toBe(6);
      expect([...list]).toEqual(results);
      expect([...list]).toEqual(results);
      const marked = store.list((r, i) => ({ ...r, format: `#${i}` }));
      expect([...marked].map((r) => r.format)).toEqual(['#0', '#1', '#2', '#3', '#4', '#5']);
    } finally {
      store.close();
    }
  });

  it('holds every result by default, and when the temporary directory cannot be written', () => {
    const all = new ResultStore(results.length);
    results.forEach((r, i) => all.set(i, r));
    expect(all.spilledCount).toBe(0);
    expect([...all.list()].every((r, i) => r === results[i])).toBe(true);
    all.close();
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = '/proc/disclosure-lint-no-such-dir';
    try {
      const store = new ResultStore(results.length, 0);
      results.forEach((r, i) => store.set(i, r));
      expect(store.spilledCount).toBe(0);
      expect([...store.list()]).toEqual(results);
      store.close();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('says which result is missing rather than giving undefined', () => {
    const store = new ResultStore(2, 0);
    store.set(0, results[0]);
    expect(() => [...store.list()]).toThrow('no result for file 1 of the run');
    store.close();
  });
});
