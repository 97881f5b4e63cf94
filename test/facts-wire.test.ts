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
  it('arrive equal to what was sent, each list of keys and each label crossing once', () => {
    const out = new WireStringsOut();
    const into = new WireStringsIn();
    const first = out.encode(a);
    expect(first.fresh).toEqual(['t3.new.total', 't3.new.np']);
    expect(first.freshLabels).toEqual(['本年新收政府信息公开申请数量']);
    expect(Array.from(first.cellInts)).toEqual([0, 0, 3, 5, 3, 10]);
    expect(first.cellTexts).toEqual(['1,326']);
    expect(into.decode(structuredClone(first))).toStrictEqual(a);
    // b has a's keys and label: both are named by their numbers, not sent again.
    const second = out.encode(b);
    expect(second.fresh).toBeUndefined();
    expect(second.freshLabels).toBeUndefined();
    expect(second.keyList).toBe(first.keyList);
    expect(into.decode(structuredClone(second))).toStrictEqual(b);
    const third = out.encode(c);
    expect(third.fresh).toEqual(['t3.carry.total']);
    expect(third.freshLabels).toEqual(['上年结转政府信息公开申请数量']);
    expect(into.decode(structuredClone(third))).toStrictEqual(c);
  });

  it('keep where a cell of a .docx or .xlsx report is', () => {
    const located = packFacts({ agency: '某局', year: 2022, format: '2021' }, [
      { key: 't2.x', value: 1 },
      { key: 't3.y', value: 2, cell: { key: 't3.y', label: '乙', value: '2', line: 1, column: 1, endLine: 1, endColumn: 2, location: { table: 2, row: 3, column: 4 } } },
      { key: 't3.z', value: 3, cell: { key: 't3.z', label: '丙', value: '3', line: 2, column: 1, endLine: 2, endColumn: 2 } },
    ]);
    const wire = new WireStringsOut().encode(located);
    expect(wire.locations).toEqual([{ table: 2, row: 3, column: 4 }, undefined]);
    expect(new WireStringsIn().decode(structuredClone(wire))).toStrictEqual(located);
  });

  it('receives one list of keys for reports alike, whichever worker sent them', () => {
    const one = new WireStringsIn().decode(structuredClone(new WireStringsOut().encode(a)));
    const other = new WireStringsIn().decode(structuredClone(new WireStringsOut().encode(a)));
    expect(one.keys).toBe(other.keys);
  });

  it('sends a report of no values, or of one, as it is', () => {
    for (const facts of [factsOf([]), factsOf([['t3.y', 7, '乙']]), factsOf([['t3.z', 8]])]) {
      expect(new WireStringsIn().decode(structuredClone(new WireStringsOut().encode(facts)))).toStrictEqual(facts);
    }
  });

  it('starts both tables over when the sending labels are too many', () => {
    const out = new WireStringsOut();
    const into = new WireStringsIn();
    const many = (prefix: string) => factsOf(Array.from({ length: 15_000 }, (_, i) => [`t3.${prefix}${i}`, i, `${prefix}名${i}`] as [string, number, string]));
    const [first, second] = [many('p'), many('q')];
    const firstWire = out.encode(first);
    expect(firstWire.reset).toBeUndefined();
    expect(into.decode(structuredClone(firstWire))).toStrictEqual(first);
    const secondWire = out.encode(second);
    expect(secondWire).toMatchObject({ reset: true, keyList: 0 });
    expect(secondWire.freshLabels).toHaveLength(15_000);
    expect(into.decode(structuredClone(secondWire))).toStrictEqual(second);
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
