import { describe, expect, it } from 'vitest';
import { detachStrings } from '../src/detached.js';
import { packFacts } from '../src/report-facts.js';
import { fileResult } from '../src/result.js';
import { shared, shareFactStrings, shareResultStrings } from '../src/shared-strings.js';

// Which copy of a string an object holds cannot be seen from JavaScript (the point is memory,
// measured in the bench); what can be checked is that nothing else changes.
describe('strings shared or detached for what outlives a report', () => {
  it('gives back an equal string, the first one seen', () => {
    const a = ['t3.new', 'np'].join('.');
    expect(shared(a)).toBe('t3.new.np');
    expect(shared(['t3.new', 'np'].join('.'))).toBe('t3.new.np');
  });

  it('leaves facts and results as they were', () => {
    const cell = (key: string, value: number) => ({ value, cell: { key, label: `${key}名`, value: String(value), line: 3, column: 5, endLine: 3, endColumn: 7 } });
    const facts = packFacts({ agency: '某某县人民政府办公室', year: 2022, format: '2021' }, [cell('t3.new.total', 38), cell('t3.new.np', 31)]);
    const copy = structuredClone(facts);
    expect(shareFactStrings(copy)).toStrictEqual(facts);
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
});
