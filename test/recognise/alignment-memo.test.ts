import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../../src/document.js';
import { loadFolding } from '../../src/folding.js';
import { rowNamesKey } from '../../src/recognise/row-view.js';
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
});
