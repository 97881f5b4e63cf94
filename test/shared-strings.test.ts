import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detached, detachStrings } from '../src/detached.js';
import { packFacts } from '../src/report-facts.js';
import { fileResult } from '../src/result.js';
import { shared, shareFactStrings, shareResultStrings, shareStringsIn } from '../src/shared-strings.js';

// Which copy of a string an object holds cannot be seen from JavaScript; the heap's size after
// a collection shows whether a piece still keeps its text alive.
describe('strings shared or detached for what outlives a report', () => {
  it('gives back an equal string, the first one seen', () => {
    const a = ['t3.new', 'np'].join('.');
    expect(shared(a)).toBe('t3.new.np');
    expect(shared(['t3.new', 'np'].join('.'))).toBe('t3.new.np');
  });

  it('shares the strings of plain data in place, leaving its structure and every other value as they were', () => {
    const pattern = /维持/u;
    const known = new Map([['k', 'v']]);
    const check = { kind: 'sum', total: ['t3', 'total', 'np'].join('.'), parts: ['t3.new.np', { sum: ['t3.a.np', 't3.b.np'] }], tolerance: 0.5, at: null, pattern, known };
    const before = { ...check, parts: structuredClone(check.parts) };
    const parts = check.parts;
    expect(shareStringsIn(check)).toBe(check);
    expect(check).toStrictEqual(before);
    expect(check.parts).toBe(parts);
    // Not plain data: left alone.
    expect(check.pattern).toBe(pattern);
    expect(check.known).toBe(known);
    expect(shareStringsIn('t3.new.np')).toBe('t3.new.np');
    expect(shareStringsIn(7)).toBe(7);
  });

  it('leaves facts and results as they were', () => {
    const cell = (key: string, value: number) => ({ key, value, cell: { key, label: `${key}名`, value: String(value), line: 3, column: 5, endLine: 3, endColumn: 7 } });
    const facts = packFacts({ agency: '某某县人民政府办公室', year: 2022, format: '2021' }, [cell('t3.new.total', 38), { key: 't3.new.np', value: 31 }]);
    const copy = structuredClone(facts);
    expect(shareFactStrings(copy)).toStrictEqual(facts);
    // The copy's list of keys is the one packed: a list alike is shared.
    expect(copy.keys).toBe(facts.keys);
    const result = fileResult('/r/a.md', [], { format: '2021', encoding: 'utf-8' });
    const received = structuredClone(result);
    expect(shareResultStrings(received, '/r/a.md')).toStrictEqual(result);
    // A path that is not the job's is kept as it is.
    expect(shareResultStrings(structuredClone(result), '/r/b.md').filePath).toBe('/r/a.md');
  });

  it('detaches every string of a message in place, values and structure unchanged', () => {
    const text = `${'正文'.repeat(20)}全年共收到申请38件`;
    const message = {
      ruleId: 'F21-P-1',
      message: text.slice(10, 40),
      line: 3,
      related: [{ label: text.slice(0, 20), value: '38', location: null }],
      suggestions: [{ desc: 'x', fix: { range: [1, 2], text: text.slice(5) + '39' } }],
      explanation: { text: 'y', frame: [{ line: 3, text: text.slice(0, 30) }], unique: true },
    };
    const before = structuredClone(message);
    expect(detachStrings([message])).toStrictEqual([before]);
  });

  it('keeps no reference to the text a detached piece was cut from', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Pieces of ten 2 MB texts (flat, two bytes a character, as a decoded report is): the heap
    // then holds the ten texts, or only the pieces (a collection may keep the last text alive).
    const heldBy = (cut: (s: string) => string) => {
      gc();
      const before = getHeapStatistics().used_heap_size;
      const pieces: string[] = [];
      for (let i = 0; i < 10; i++) {
        const text = Buffer.alloc(3_000_000, 'e68aa5', 'hex').toString('utf8') + String(i);
        pieces.push(cut(text.slice(100, 140)));
      }
      gc();
      expect(pieces.every((p) => p === '报'.repeat(40))).toBe(true);
      return getHeapStatistics().used_heap_size - before;
    };
    // The measure works: plain slices keep their texts.
    expect(heldBy((s) => s)).toBeGreaterThan(18_000_000);
    expect(heldBy(detached)).toBeLessThan(5_000_000);
  });
});
