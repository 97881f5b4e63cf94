import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/narrative/matches.js';

const view = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m.indices?.[0]]);

describe('allMatches', () => {
  it('gives what matchAll gives, empty matches and surrogate pairs included, and leaves lastIndex at 0', () => {
    const patterns = [/维持|复议/gu, /(?:未|没有)?/gu, /\d*/g, /(?<n>\d+)件/dgu, /(?:)/gu];
    const alphabet = fc.constantFrom(...['维', '持', '复', '议', '未', '没有', '1', '2', '件', '😀', 'a', '']);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')), fc.constantFrom(...patterns), (text, pattern) => {
        expect(view(allMatches(pattern, text))).toEqual(view(text.matchAll(pattern)));
        expect(pattern.lastIndex).toBe(0);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('refuses a pattern without the g flag, as matchAll does (exec would find its first match for ever)', () => {
    expect(() => allMatches(/维持/u, '维持维持')).toThrow(TypeError);
  });
});
