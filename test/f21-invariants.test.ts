import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, type LintOptions } from '../src/lint-source.js';
import { bindingsOf, bump } from './helpers/bindings.js';
import { ROOT } from './helpers/cli.js';

const options: LintOptions = { lang: 'zh', rules: {} };
const COLUMNS = ['np', 'biz', 'sci', 'ngo', 'law', 'other', 'total'];
const CARRY_ROWS = ['t3.new', 't3.carried-in', 't3.carried-out'];

/**
 * The findings a one-cell change of table 三 must produce, written out from the table's own
 * relations: the row's total (F21-T3-COL), the column's （七）总计 (F21-T3-SUM) for a
 * result row, and the carry identity at （七）总计 for the rows it involves.
 */
function expectedT3(row: string, col: string): Array<[string, string]> {
  const out: Array<[string, string]> = [['F21-T3-COL', `${row}.total`]];
  if (row === 't3.total') out.push(['F21-T3-SUM', `t3.total.${col}`], ['F21-T3-CARRY', `t3.total.${col}`]);
  else if (CARRY_ROWS.includes(row)) out.push(['F21-T3-CARRY', `t3.total.${col}`]);
  else out.push(['F21-T3-SUM', `t3.total.${col}`]);
  return out;
}

function expectedFor(key: string): Array<[string, string]> {
  const t4 = /^t4\.(\w+)\.(\w+)$/.exec(key);
  if (t4) return [['F21-T4-SUM', `t4.${t4[1]}.total`]];
  const t3 = /^(t3\..+)\.(\w+)$/.exec(key)!;
  return expectedT3(t3[1], t3[2]);
}

const LAYOUTS: Array<[string, 'markdown' | 'text']> = [
  ['examples/2021/clean.md', 'markdown'],
  ['examples/2021/clean.txt', 'text'],
  ['examples/2021/clean-cells.txt', 'text'],
  ['examples/2021/clean-pdf.txt', 'text'],
  ['examples/2019/clean.md', 'markdown'],
];

for (const [file, kind] of LAYOUTS) {
  describe(`${file}: every cell of tables 三 and 四 changed by one`, () => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const cells = bindingsOf(text, kind);
    const keys = [...cells.keys()].filter((k) => k.startsWith('t3.') || k.startsWith('t4.'));

    it('binds every value of tables 三 and 四', () => {
      const rows = file.includes('2019') ? 23 : 25;
      expect(keys.filter((k) => k.startsWith('t3.'))).toHaveLength(rows * COLUMNS.length);
      expect(keys.filter((k) => k.startsWith('t4.'))).toHaveLength(15);
    });

    for (const key of keys) {
      it(key, () => {
        const result = lintText(file, bump(text, cells.get(key)!), kind, options);
        // A cell the prose also states makes a prose finding too (F21-P-*); test/narrative/cell-edits.test.ts covers those.
        const got = result.messages
          .filter((m) => !m.ruleId.startsWith('F21-P-'))
          .map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`)
          .sort();
        const want = expectedFor(key)
          .map(([rule, at]) => `${rule} 2 ${cells.get(at)!.line}:${cells.get(at)!.column}`)
          .sort();
        expect(got).toEqual(want);
      });
    }
  });
}
