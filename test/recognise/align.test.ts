import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignInOrder } from '../../src/recognise/align.js';
import { params } from '../property/budget.js';

/** The best total score of an ordered matching, by plain recursion (small sizes only). */
function bestTotal(rows: number, items: number, scores: number[], r = 0, k = 0, memo = new Map<number, number>()): number {
  if (r >= rows || k >= items) return 0;
  const key = r * 1000 + k;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const s = scores[r * items + k];
  const take = s > 0 ? s + bestTotal(rows, items, scores, r + 1, k + 1, memo) : 0;
  const best = Math.max(take, bestTotal(rows, items, scores, r + 1, k, memo), bestTotal(rows, items, scores, r, k + 1, memo));
  memo.set(key, best);
  return best;
}

const matrix = fc
  .record({ rows: fc.integer({ min: 0, max: 12 }), items: fc.integer({ min: 0, max: 12 }) })
  .chain(({ rows, items }) => fc.record({ rows: fc.constant(rows), items: fc.constant(items), scores: fc.array(fc.constantFrom(0, 0, 0, 1, 2, 5, 255), { minLength: rows * items, maxLength: rows * items }) }));

describe('alignInOrder', () => {
  it('binds generic labels at their place in the template and skips extra rows', () => {
    // Rows: 甲, 本地加的行, 其他, 乙, 其他; items: 甲, 其他(a), 乙, 其他(b).
    const scores = [
      [9, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 5, 0, 5],
      [0, 0, 9, 0],
      [0, 5, 0, 5],
    ].flat();
    expect(alignInOrder(5, 4, scores)).toEqual([[0, 0], [2, 1], [3, 2], [4, 3]]);
  });

  it('finds an ordered matching of the best total, whatever the sizes of the alignments before it', () => {
    fc.assert(
      fc.property(fc.array(matrix, { minLength: 1, maxLength: 4 }), (cases) => {
        // Several alignments in a row: each must be right whatever the one before it left behind.
        for (const { rows, items, scores } of cases) {
          const pairs = alignInOrder(rows, items, scores);
          for (let i = 1; i < pairs.length; i++) {
            expect(pairs[i][0]).toBeGreaterThan(pairs[i - 1][0]);
            expect(pairs[i][1]).toBeGreaterThan(pairs[i - 1][1]);
          }
          for (const [r, k] of pairs) expect(scores[r * items + k]).toBeGreaterThan(0);
          expect(pairs.reduce((sum, [r, k]) => sum + scores[r * items + k], 0)).toBe(bestTotal(rows, items, scores));
        }
      }),
      params(300),
    );
  });
});
