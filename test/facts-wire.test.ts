import { describe, expect, it } from 'vitest';
import { WireStringsIn, WireStringsOut } from '../src/facts-wire.js';
import { factsFromJson, factsToJson, factTexts, factValues, packFacts, type ReportFacts } from '../src/report-facts.js';

function factsOf(cells: Array<[key: string, label: string, text: string, value: number]>, year = 2022): ReportFacts {
  return packFacts(
    { agency: '某某县人民政府办公室', year, format: '2021' },
    cells.map(([key, label, text, value], i) => ({ value, cell: { key, label, value: text, line: i + 3, column: 5, endLine: i + 3, endColumn: 5 + text.length } })),
  );
}

const a = factsOf([['t3.new.total', '本年新收政府信息公开申请数量', '1,326', 1326], ['t3.new.np', '自然人', '31', 31]]);
const b = factsOf([['t3.new.total', '本年新收政府信息公开申请数量', '40', 40], ['t3.carry.total', '上年结转政府信息公开申请数量', '2', 2]], 2023);

describe('facts as a worker sends them', () => {
  it('arrive equal to what was sent, each string crossing once', () => {
    const out = new WireStringsOut();
    const into = new WireStringsIn();
    const first = out.encode(a);
    expect(first.fresh).toEqual(['t3.new.total', 't3.new.np', '本年新收政府信息公开申请数量', '自然人']);
    expect(first.texts).toBe('1,326 31');
    expect(into.decode(structuredClone(first))).toStrictEqual(a);
    const second = out.encode(b);
    // Only what the receiving table has not seen.
    expect(second.fresh).toEqual(['t3.carry.total', '上年结转政府信息公开申请数量']);
    expect(Array.from(second.keyIds)).toEqual([0, 4]);
    expect(into.decode(structuredClone(second))).toStrictEqual(b);
  });

  it('receives keys and labels as one string each, whichever worker sent them', () => {
    const one = new WireStringsIn().decode(structuredClone(new WireStringsOut().encode(a)));
    const other = new WireStringsIn().decode(structuredClone(new WireStringsOut().encode(a)));
    expect(one.keys[0]).toBe(other.keys[0]);
    expect(one.labels[1]).toBe(other.labels[1]);
  });

  it('sends a report of no cells, or of one, as it is', () => {
    for (const facts of [factsOf([]), factsOf([['t3.y', '乙', '7', 7]])]) {
      expect(new WireStringsIn().decode(structuredClone(new WireStringsOut().encode(facts)))).toStrictEqual(facts);
    }
  });

  it('starts both tables over when the sending one is full', () => {
    const out = new WireStringsOut();
    const into = new WireStringsIn();
    const many = (prefix: string) => factsOf(Array.from({ length: 15_000 }, (_, i) => [`${prefix}.${i}`, `${prefix}名${i}`, String(i), i] as [string, string, string, number]));
    const first = many('p');
    const second = many('q');
    const firstWire = out.encode(first);
    expect(firstWire.reset).toBeUndefined();
    expect(into.decode(structuredClone(firstWire))).toStrictEqual(first);
    const secondWire = out.encode(second);
    expect(secondWire.reset).toBe(true);
    expect(secondWire.fresh).toHaveLength(30_000);
    expect(into.decode(structuredClone(secondWire))).toStrictEqual(second);
  });
});

describe('packed facts', () => {
  it('keep the numbers as written, and share the key and label lists of reports alike', () => {
    expect(factTexts(a)).toEqual(['1,326', '31']);
    expect(factTexts(factsOf([]))).toEqual([]);
    expect(factValues(b).get('t3.carry.total')).toMatchObject({ value: 2, cell: { label: '上年结转政府信息公开申请数量', value: '2', line: 4 } });
    const one = factsOf([['t3.new.total', '本年新收政府信息公开申请数量', '7', 7], ['t3.new.np', '自然人', '5', 5]], 2024);
    const other = factsOf([['t3.new.total', '本年新收政府信息公开申请数量', '9', 9], ['t3.new.np', '自然人', '8', 8]], 2025);
    expect(other.keys).toBe(one.keys);
    expect(other.labels).toBe(one.labels);
    expect(other.keys).toEqual(a.keys);
    expect(factsOf([['t3.new.np', '自然人', '5', 5]]).keys).not.toBe(one.keys);
    // A number as written never holds the separator; should one, the later ones keep their places.
    expect(factTexts(factsOf([['t.a', '甲', '1 326', 1326], ['t.b', '乙', '7', 7]]))).toEqual(['1\u00a0326', '7']);
    // What an older version wrote to the cache: the texts as a list.
    expect(factsFromJson({ ...factsToJson(a), texts: ['1,326', '31'] as unknown as string })).toStrictEqual(a);
  });
});
