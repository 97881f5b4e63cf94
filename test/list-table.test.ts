import { describe, expect, it } from 'vitest';
import { ListTable } from '../src/list-table.js';

describe('ListTable', () => {
  it('gives one number to a list, whether the same array or an equal one comes again', () => {
    const table = new ListTable();
    const keys = ['t3.total', 't3.np'];
    expect(table.ref(keys)).toBe(0);
    expect(table.ref(keys)).toBe(0);
    expect(table.ref(['t3.total', 't3.np'])).toBe(0);
    expect(table.ref(['t3.total'])).toBe(1);
    expect(table.size).toBe(2);
    expect(table.list(0)).toEqual(['t3.total', 't3.np']);
    expect(table.list(1)).toEqual(['t3.total']);
  });

  it('tells apart lists whose items join to the same text', () => {
    const table = new ListTable();
    expect(table.ref(['ab', 'c'])).toBe(0);
    expect(table.ref(['a', 'bc'])).toBe(1);
    expect(table.ref(['abc'])).toBe(2);
    expect(table.list(1)).toEqual(['a', 'bc']);
  });

  it('once full, gives back the list itself, which stands for itself', () => {
    const table = new ListTable(2);
    expect(table.ref(['一'])).toBe(0);
    expect(table.ref(['二'])).toBe(1);
    const third = ['三'];
    expect(table.ref(third)).toBe(third);
    expect(table.list(table.ref(third))).toBe(third);
    // Lists it holds keep their numbers.
    expect(table.ref(['二'])).toBe(1);
    expect(table.size).toBe(2);
  });

  it('refuses a number it never gave', () => {
    expect(() => new ListTable().list(3)).toThrow('list table: no list 3');
  });
});
