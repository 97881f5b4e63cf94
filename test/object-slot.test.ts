import { describe, expect, it } from 'vitest';
import { objectSlot } from '../src/object-slot.js';

describe('objectSlot', () => {
  it('keeps a value per object, out of sight of JSON, clones, spreads and deep equality', () => {
    const views = objectSlot<{ rows: number[] }, string>('view');
    const table = { rows: [1, 2] };
    const other = { rows: [1, 2] };
    expect(views.get(table)).toBeUndefined();
    expect(views.set(table, 'built')).toBe('built');
    expect(views.get(table)).toBe('built');
    expect(views.get(other)).toBeUndefined();
    views.set(table, 'again');
    expect(views.get(table)).toBe('again');
    expect(JSON.stringify(table)).toBe('{"rows":[1,2]}');
    expect(structuredClone(table)).toEqual({ rows: [1, 2] });
    expect(views.get(structuredClone(table))).toBeUndefined();
    expect({ ...table }).toStrictEqual({ rows: [1, 2] });
    expect(table).toStrictEqual(other);
    expect(Object.keys(table)).toEqual(['rows']);
  });

  it('gives two slots of the same name two places', () => {
    const a = objectSlot<object, number>('x');
    const b = objectSlot<object, number>('x');
    const owner = {};
    a.set(owner, 1);
    b.set(owner, 2);
    expect([a.get(owner), b.get(owner)]).toEqual([1, 2]);
  });
});
