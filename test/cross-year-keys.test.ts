import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARED_TABLES, comparedAnchor, crossYearKeys } from '../src/cross-year/keys.js';
import { factsOf, lintText } from '../src/lint-source.js';
import { ROOT } from './helpers/cli.js';

const factsOfExample = (file: string) => factsOf(lintText(file, readFileSync(path.join(ROOT, file), 'utf8'), 'text', { lang: 'zh', rules: {} }));

describe('what the cross-year checks read of a report', () => {
  it('are the keys of rules/cross-year.yaml, expanded, and the counts of tables 二 to 四', () => {
    const { cited, reads } = crossYearKeys();
    expect([...cited].sort()).toEqual(
      [
        ...['np', 'biz', 'sci', 'ngo', 'law', 'other', 'total'].flatMap((col) => [`t3.carried-in.${col}`, `t3.carried-out.${col}`]),
        ...['regs', 'normative'].flatMap((doc) => ['current', 'issued', 'repealed'].map((f) => `t2.${doc}.${f}`)),
      ].sort(),
    );
    expect(reads('t4.review.kept')).toBe(true);
    expect(reads('req.received')).toBe(false);
    // Answers are kept per key: asked again, each gives the same.
    expect(reads('t4.review.kept')).toBe(true);
    expect(reads('req.received')).toBe(false);
    expect(reads('t3.carried-in.np')).toBe(true);
    expect(reads('t3.carried-in.np')).toBe(true);
    expect(comparedAnchor(['req.x', 't2.regs.issued', 't3.new.np', 't3.new.biz'])).toBe('t3.new.np');
    expect(comparedAnchor(['t4.a', 't2.b'])).toBe('t4.a');
    expect(comparedAnchor(['req.x'])).toBeUndefined();
  });

  it('a 2021 report keeps every count of its tables and, in full, the cells a message may name', () => {
    const facts = factsOfExample('examples/2021/clean.txt')!;
    expect(facts).toMatchObject({ agency: '云岫县市场监督管理局', year: 2022, format: '2021' });
    expect(facts.keys).toHaveLength(200);
    expect(facts.keys.every((k) => COMPARED_TABLES.test(k))).toBe(true);
    expect(facts.numbers).toHaveLength(200);
    const named = [...crossYearKeys().cited, comparedAnchor(facts.keys)];
    expect(facts.cells.map((c) => c.key).sort()).toEqual(facts.keys.filter((k) => named.includes(k)).sort());
    const anchor = facts.cells.find((c) => c.key === 't3.new.np')!;
    expect(anchor).toMatchObject({ label: expect.stringContaining('自然人'), line: expect.any(Number), column: expect.any(Number) });
    expect(Number(anchor.value)).toBe(facts.numbers[facts.keys.indexOf('t3.new.np')]);
  });

  it('a legacy report keeps none: no cross-year check reads its table', () => {
    expect(factsOfExample('examples/legacy/clean.txt')).toBeUndefined();
  });
});
