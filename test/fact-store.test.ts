import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { FactStore } from '../src/fact-store.js';
import { packFacts } from '../src/report-facts.js';
import { fileResult } from '../src/result.js';

/** A value with its cell in full (a value a cross-year message may name). */
const cell = (key: string, value: number, line: number) => ({
  key,
  value,
  cell: { key, label: `标签${key}`, value: String(value), line, column: 5, endLine: line, endColumn: 5 + String(value).length },
});
const factsOf = (agency: string | undefined, year: number | undefined, base: number) =>
  packFacts({ agency, year, format: 'f2021' }, [cell('t3.total', base, 10), cell('t3.np', base - 1, 11)]);

const tempDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('disclosure-lint-facts-'));

describe('FactStore', () => {
  it('keeps the first reports in memory, writes the rest to a temporary file and reads them back whole', () => {
    const before = tempDirs();
    const store = new FactStore(2);
    try {
      const results = [1, 2, 3, 4].map((i) => fileResult(`/r/${i}.md`, []));
      results.forEach((r, i) => store.add(r, factsOf(`某局${i}`, 2020 + i, 200 + i)));
      expect(store.spilledCount).toBe(2);
      // The file has no name left on a POSIX system: only this process can reach it, and a killed run leaves nothing behind.
      if (process.platform !== 'win32') expect(tempDirs().filter((d) => !before.includes(d))).toEqual([]);
      results.forEach((r, i) => {
        const facts = store.facts(r)!;
        expect(facts.agency).toBe(`某局${i}`);
        expect(facts.year).toBe(2020 + i);
        expect([...facts.numbers]).toEqual([200 + i, 199 + i]);
        expect(facts.cells.map((c) => [c.key, c.label, c.value, c.line, c.column, c.endLine, c.endColumn])).toEqual([
          ['t3.total', '标签t3.total', String(200 + i), 10, 5, 10, 8],
          ['t3.np', '标签t3.np', String(199 + i), 11, 5, 11, 8],
        ]);
      });
      expect([...store.entries()].map(([r, head]) => [r.filePath, head.year])).toEqual(results.map((r, i) => [r.filePath, 2020 + i]));
    } finally {
      store.close();
    }
    expect(tempDirs().filter((d) => !before.includes(d))).toEqual([]);
  });

  it('reads back a number JSON cannot write (a cell of 309 digits is Infinity)', () => {
    const store = new FactStore(0);
    try {
      const r = fileResult('/r/big.md', []);
      store.add(r, packFacts({ agency: '某局', year: 2021, format: 'f2021' }, [cell('t3.total', Infinity, 3), cell('t3.np', -Infinity, 4)]));
      expect(store.spilledCount).toBe(1);
      expect([...store.facts(r)!.numbers]).toEqual([Infinity, -Infinity]);
    } finally {
      store.close();
    }
  });

  it('reads back each spilled report with its own keys and cells, shared lists and others alike', () => {
    const store = new FactStore(0);
    try {
      const same = [1, 2, 3].map((i) => fileResult(`/r/${i}.md`, []));
      same.forEach((r, i) => store.add(r, factsOf('某局', 2020 + i, 100 + i)));
      const other = fileResult('/r/legacy.md', []);
      store.add(other, packFacts({ agency: '某局', year: 2018, format: 'legacy' }, [cell('l.apply', 9, 40)]));
      expect(store.spilledCount).toBe(4);
      same.forEach((r, i) => {
        const facts = store.facts(r)!;
        expect(facts.keys).toEqual(['t3.total', 't3.np']);
        expect(facts.format).toBe('f2021');
        expect(facts.cells.map((c) => c.value)).toEqual([`${100 + i}`, `${99 + i}`]);
        expect([...facts.numbers]).toEqual([100 + i, 99 + i]);
      });
      // One list for the reports of a format, named in each record, not written out with it.
      expect(store.facts(same[0])!.keys).toBe(store.facts(same[2])!.keys);
      const legacy = store.facts(other)!;
      expect(legacy.keys).toEqual(['l.apply']);
      expect(legacy.cells).toEqual([{ key: 'l.apply', label: '标签l.apply', value: '9', line: 40, column: 5, endLine: 40, endColumn: 6 }]);
      // Read back twice, the same.
      expect([...store.facts(other)!.numbers]).toEqual([9]);
    } finally {
      store.close();
    }
  });

  it('keeps only the value of what no message names, in memory and through the file alike', () => {
    const store = new FactStore(1);
    try {
      const [held, spilled] = [1, 2].map((i) => fileResult(`/r/${i}.md`, []));
      const facts = (year: number) => packFacts({ agency: '某局', year, format: 'f2021' }, [{ key: 't4.a', value: 3 }, cell('t3.total', 8, 12), { key: 't4.b', value: 0 }]);
      store.add(held, facts(2021));
      store.add(spilled, facts(2022));
      expect(store.spilledCount).toBe(1);
      for (const r of [held, spilled]) {
        const back = store.facts(r)!;
        expect(back.keys).toEqual(['t4.a', 't3.total', 't4.b']);
        expect([...back.numbers]).toEqual([3, 8, 0]);
        expect(back.cells.map((c) => c.key)).toEqual(['t3.total']);
      }
    } finally {
      store.close();
    }
  });

  it('keeps where a cell of a .docx or .xlsx report is through the temporary file', () => {
    const store = new FactStore(0);
    try {
      const r = fileResult('/r/1.docx', []);
      const total = cell('t3.total', 5, 0);
      store.add(r, packFacts({ agency: '某局', year: 2021, format: 'f2021' }, [{ ...total, cell: { ...total.cell, location: { table: 2, row: 3, column: 4 } } }]));
      expect(store.spilledCount).toBe(1);
      expect(store.facts(r)!.cells.map((c) => c.location)).toEqual([{ table: 2, row: 3, column: 4 }]);
    } finally {
      store.close();
    }
  });

  it('drops the facts of a report without a body or a year: it pairs with nothing', () => {
    const store = new FactStore(0);
    try {
      const noAgency = fileResult('/r/a.md', []);
      const noYear = fileResult('/r/b.md', []);
      store.add(noAgency, factsOf(undefined, 2021, 1));
      store.add(noYear, factsOf('某局', undefined, 1));
      store.add(fileResult('/r/c.md', []), undefined);
      expect([...store.entries()]).toEqual([]);
      expect(store.facts(noAgency)).toBeUndefined();
      expect(store.spilledCount).toBe(0);
    } finally {
      store.close();
    }
  });

  it('keeps facts in memory when the temporary directory cannot be written', () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = '/proc/disclosure-lint-no-such-dir';
    try {
      const store = new FactStore(0);
      const r = fileResult('/r/1.md', []);
      store.add(r, factsOf('某局', 2021, 7));
      expect(store.spilledCount).toBe(0);
      expect([...store.facts(r)!.numbers]).toEqual([7, 6]);
      store.close();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
