import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../../src/document.js';
import { loadFolding } from '../../src/folding.js';
import { rowNamesKey, rowViews } from '../../src/recognise/row-view.js';
import { bindingsOf } from '../helpers/bindings.js';
import { ROOT } from '../helpers/cli.js';

const CLEAN = readFileSync(path.join(ROOT, 'examples/2021/clean.md'), 'utf8');
const ROW = '|  | 2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';

function table(labels: string[]): Table {
  const at = { line: 1, column: 1, offset: 0 };
  const cell = (text: string): Cell => ({ text, span: { start: at, end: at }, joined: false });
  return { type: 'table', layout: 'test', rows: labels.map((l) => [cell(l), cell('1')]), span: { start: at, end: at } };
}

describe('alignments worked out once per list of row names', () => {
  it('binds a table whose rows name the same things as one seen before by its own cells', () => {
    expect(CLEAN).toContain(ROW);
    const first = bindingsOf(CLEAN, 'markdown');
    const repeated = [...first.values()].filter((c) => c.line === CLEAN.split('\n').indexOf(ROW) + 1);
    expect(repeated.length).toBe(7);
    // Same labels, other numbers: the values are this table's.
    const edited = bindingsOf(CLEAN.replace(ROW, '|  | 2.重复申请 | 7 | 0 | 0 | 0 | 0 | 0 | 7 |'), 'markdown');
    expect(edited.size).toBe(first.size);
    for (const c of repeated) {
      // Its own cells' numbers, at its own cells' places (the edit keeps every width).
      expect(edited.get(c.key)).toEqual({ ...c, text: c.text === '1' ? '7' : c.text });
    }
  });

  it('aligns a table whose rows differ on its own, and leaves the alignment of the first as it was', () => {
    const first = bindingsOf(CLEAN, 'markdown');
    const line = CLEAN.split('\n').indexOf(ROW) + 1;
    const renamed = bindingsOf(CLEAN.replace(ROW, '|  | 2.与模板无关的一行 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'), 'markdown');
    const lost = [...first.values()].filter((c) => !renamed.has(c.key));
    expect(lost.length).toBe(7);
    expect(lost.every((c) => c.line === line)).toBe(true);
    const again = bindingsOf(CLEAN, 'markdown');
    expect([...again.keys()]).toEqual([...first.keys()]);
  });

  it('keys two lists of names apart even when one name holds what would separate them', () => {
    const folding = loadFolding();
    const a = rowNamesKey(table(['行政许可', '处罚']), folding);
    const b = rowNamesKey(table(['行政许可;处罚']), folding);
    expect(a).not.toBe(b);
    expect(rowNamesKey(table(['行政许可', '处罚']), folding)).toBe(a);
  });

  it('two tables have one key exactly when their rows have the same names (numbered names, then names written out)', () => {
    const folding = loadFolding();
    const names = (t: Table) => JSON.stringify(rowViews(t, folding).map((v) => v.names));
    // Labels that fold to names with the characters keys are made of, and PDF labels of two parts.
    const check = (labels: string[]) => {
      const label = fc.constantFrom(...labels);
      const tables = fc.array(fc.array(label, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')), { minLength: 1, maxLength: 5 });
      fc.assert(
        fc.property(tables, tables, (a, b) => {
          const [ta, tb] = [table(a), table(b)];
          expect(rowNamesKey(ta, folding) === rowNamesKey(tb, folding)).toBe(names(ta) === names(tb));
        }),
        { numRuns: 500, seed: 3 },
      );
    };
    check(['许可', '处罚', '1', '12', ';', ':', '\uffff', '\ue000', '\ue001\ue000', '许可 处罚', '处罚 1', '三、结果 （一）公开']);
    // Fifty thousand names, numbered until the numbers run out: every one keyed apart.
    const keys = new Set<string>();
    for (let i = 0; i < 50_000; i++) keys.add(rowNamesKey(table([`第${i}行`]), folding));
    expect(keys.size).toBe(50_000);
    // Past the names that get a number, names are written out in their keys: the same holds.
    expect(rowNamesKey(table(['从未见过的名称']), folding)).toContain('从未见过的名称');
    expect(rowNamesKey(table(['丁', '戊']), folding)).not.toBe(rowNamesKey(table(['丁;\uffff戊']), folding));
    check(['甲', '乙1', '2', ';', ':', '3:', '\uffff', '\ue000', '甲 乙', '丙 \uffff1:', '许可']);
  });
});
