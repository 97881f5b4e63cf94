import { describe, expect, it } from 'vitest';
import type { RelatedCell } from '../src/check/types.js';
import { WireStringsIn, WireStringsOut } from '../src/facts-wire.js';
import { citedCell, factsFromJson, factsToJson, factValues, packFacts, type ReportFacts } from '../src/report-facts.js';

/** Facts of values given as [key, value] or, for a value a message may name, [key, value, label, text]. */
function factsOf(values: Array<[key: string, value: number, label?: string, text?: string]>, year = 2022): ReportFacts {
  return packFacts(
    { agency: '某某县人民政府办公室', year, format: '2021' },
    values.map(([key, value, label, text], i) => {
      const cell: RelatedCell | undefined = label === undefined ? undefined : { key, label, value: text ?? String(value), line: i + 3, column: 5, endLine: i + 3, endColumn: 5 + (text ?? String(value)).length };
      return { key, value, cell };
    }),
  );
}

const a = factsOf([['t3.new.total', 1326, '本年新收政府信息公开申请数量', '1,326'], ['t3.new.np', 31]]);
const b = factsOf([['t3.new.total', 40, '本年新收政府信息公开申请数量'], ['t3.new.np', 2]], 2023);
const c = factsOf([['t3.carry.total', 2, '上年结转政府信息公开申请数量']], 2024);

describe('facts as a worker sends them', () => {
  it('arrive equal to what was sent, each list of keys crossing once', () => {
    const out = new WireStringsOut();
    const into = new WireStringsIn();
    const first = out.encode(a);
    expect(first.fresh).toEqual(['t3.new.total', 't3.new.np']);
    expect(into.decode(structuredClone(first))).toStrictEqual(a);
    // b has a's keys: the list is named by its number, not sent again.
    const second = out.encode(b);
    expect(second.fresh).toBeUndefined();
    expect(second.keyList).toBe(first.keyList);
    expect(into.decode(structuredClone(second))).toStrictEqual(b);
    const third = out.encode(c);
    expect(third.fresh).toEqual(['t3.carry.total']);
    expect(into.decode(structuredClone(third))).toStrictEqual(c);
  });

  it('receives keys, key lists and cell names as one string each, whichever worker sent them', () => {
    const one = new WireStringsIn().decode(structuredClone(new WireStringsOut().encode(a)));
    const other = new WireStringsIn().decode(structuredClone(new WireStringsOut().encode(a)));
    expect(one.keys).toBe(other.keys);
    expect(one.cells[0].label).toBe(other.cells[0].label);
    expect(one.cells[0].key).toBe(one.keys[0]);
  });

  it('sends a report of no values, or of one, as it is', () => {
    for (const facts of [factsOf([]), factsOf([['t3.y', 7, '乙']]), factsOf([['t3.z', 8]])]) {
      expect(new WireStringsIn().decode(structuredClone(new WireStringsOut().encode(facts)))).toStrictEqual(facts);
    }
  });

  it('starts both tables over when the sending one is full', () => {
    const out = new WireStringsOut();
    const into = new WireStringsIn();
    const lists = Array.from({ length: 1001 }, (_, i) => factsOf([[`t3.k${i}`, i]]));
    const wires = lists.map((facts) => out.encode(facts));
    expect(wires.slice(0, 1000).every((w) => w.reset === undefined && w.fresh !== undefined)).toBe(true);
    expect(wires[1000]).toMatchObject({ reset: true, keyList: 0, fresh: ['t3.k1000'] });
    lists.forEach((facts, i) => expect(into.decode(structuredClone(wires[i]))).toStrictEqual(facts));
  });
});

describe('packed facts', () => {
  it('keep every value, the cells a message may name in full, and share the key lists of reports alike', () => {
    expect([...factValues(a)]).toEqual([['t3.new.total', 1326], ['t3.new.np', 31]]);
    expect(citedCell(a, 't3.new.total')).toMatchObject({ label: '本年新收政府信息公开申请数量', value: '1,326', line: 3 });
    expect(citedCell(a, 't3.new.np')).toBeUndefined();
    expect(b.keys).toBe(a.keys);
    expect(factsOf([['t3.new.np', 5]]).keys).not.toBe(a.keys);
    expect(factsFromJson(JSON.parse(JSON.stringify(factsToJson(a))))).toStrictEqual(a);
    const huge = factsOf([['t3.big', Infinity, '大'], ['t3.small', -Infinity]]);
    expect([...factsFromJson(JSON.parse(JSON.stringify(factsToJson(huge)))).numbers]).toEqual([Infinity, -Infinity]);
  });
});
