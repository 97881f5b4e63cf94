import { describe, expect, it } from 'vitest';
import { isNeighbourSlip, slipOf } from '../../src/explain/slips.js';

describe('typing slips', () => {
  it('transposed neighbouring digits', () => {
    expect(slipOf('72', 27)).toBe('transposition');
    expect(slipOf('161', 116)).toBe('transposition');
    expect(slipOf('1,623', 1326)).toBeUndefined();
    expect(slipOf('27', 27)).toBeUndefined();
    expect(slipOf('7', 7)).toBeUndefined();
    expect(slipOf('127', 721)).toBeUndefined();
  });

  it('a digit too many or too few', () => {
    expect(slipOf('13226', 1326)).toBe('extra-digit');
    expect(slipOf('136', 1326)).toBe('missing-digit');
    expect(slipOf('38', 3)).toBe('extra-digit');
    expect(slipOf('38', 48)).toBeUndefined();
  });

  it('an amount in 元 where 万元 was meant', () => {
    expect(slipOf('1200', 0.12)).toBe('unit');
    expect(slipOf('35000', 3.5)).toBe('unit');
    expect(slipOf('1200', 0.13)).toBeUndefined();
  });

  it('a number typed into the neighbouring column', () => {
    expect(isNeighbourSlip({ printed: 0, intended: 3 }, { printed: 3, intended: 0 })).toBe(true);
    expect(isNeighbourSlip({ printed: 5, intended: 2 }, { printed: 0, intended: 5 })).toBe(true);
    expect(isNeighbourSlip({ printed: 0, intended: 1 }, { printed: 2, intended: 1 })).toBe(false);
  });
});
