import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testMemoised } from '../../src/narrative/memo-test.js';
import { loadNarrativePolicy } from '../../src/narrative/policy.js';
import { params } from '../property/budget.js';

describe('a pattern test remembered per text', () => {
  it('answers as the pattern does, the first time and every time after', () => {
    const policy = loadNarrativePolicy();
    const patterns = [policy.notComparable, policy.claimContext.before!, /^\s*共/u];
    const text = fc.array(fc.constantFrom(...'约近超逾不足第每各均为达有同比较上年增加共 12件'.split('')), { maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), (texts) => {
        for (const t of [...texts, ...texts]) for (const p of patterns) expect(testMemoised(p, t)).toBe(p.test(t));
      }),
      params(200),
    );
  });

  it('leaves a global or sticky pattern to its own test, whose answer moves with its lastIndex', () => {
    const global = /件/g;
    expect([testMemoised(global, '一件'), testMemoised(global, '一件')]).toEqual([true, false]);
    const sticky = /件/y;
    expect(testMemoised(sticky, '件')).toBe(true);
    expect(testMemoised(sticky, '件')).toBe(false);
  });
});
