import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, operandValue, sumValue } from '../src/check/operand.js';
import { exampleText, reportOf } from './helpers/report.js';

/** The 2021 example with two of its cells made a blank and a placeholder (same widths, so nothing else moves). */
function withBlanks(): string {
  const text = exampleText('2021/broken.md');
  const cells = [...reportOf(text).values.values()].filter((v) => v.key.startsWith('t3.')).slice(5, 7);
  let out = text;
  for (const [i, v] of cells.entries()) {
    const { start, end } = v.value.span;
    const width = end.offset - start.offset;
    out = out.slice(0, start.offset) + (i === 0 ? ' '.repeat(width) : '-'.padEnd(width)) + out.slice(end.offset);
  }
  return out;
}

// The sum and compare checks decide with operandValue and build evaluate's terms only when they fail.
describe('operandValue', () => {
  const report = reportOf(withBlanks());
  // Keys of numbers, of blanks or text, and keys the report does not have.
  const keys = [...report.values.keys(), 't3.nowhere.np', 't9.x'];
  const blank = [...report.values.values()].find((v) => v.value.kind !== 'number');

  it('has values that are not numbers to try', () => {
    expect(blank).toBeDefined();
    expect(keys.length).toBeGreaterThan(150);
  });

  it('is evaluate\'s value where evaluate is ok and undefined where it is not, for items and sums', () => {
    const key = fc.constantFrom(...keys);
    fc.assert(
      fc.property(fc.oneof(key, fc.array(key, { minLength: 1, maxLength: 8 }).map((sum) => ({ sum }))), (operand) => {
        const e = evaluate(operand, report);
        const v = operandValue(operand, report);
        expect(v).toBe(e.ok ? e.value : undefined);
        if (typeof operand !== 'string') expect(sumValue(operand.sum, report)).toBe(v);
      }),
      { numRuns: 500 },
    );
  });

  it('is undefined for an operand with a blank or missing item, and sums in order', () => {
    const numbers = [...report.values.values()].filter((v) => v.value.kind === 'number').slice(0, 3);
    const want = numbers.reduce((n, v) => n + (v.value.kind === 'number' ? v.value.value : 0), 0);
    expect(sumValue(numbers.map((v) => v.key), report)).toBe(want);
    expect(sumValue([...numbers.map((v) => v.key), blank!.key], report)).toBeUndefined();
    expect(operandValue('t3.nowhere.np', report)).toBeUndefined();
  });
});
