import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Cell, Table } from '../../src/document.js';
import { loadFolding } from '../../src/folding.js';
import { countMarkers, firstMarkerRow, rowViews } from '../../src/recognise/row-view.js';
import { params } from '../property/budget.js';

function table(rows: string[][]): Table {
  const at = { line: 1, column: 1, offset: 0 };
  const cell = (text: string): Cell => ({ text, span: { start: at, end: at }, joined: false });
  return { type: 'table', layout: 'test', rows: rows.map((r) => r.map(cell)), span: { start: at, end: at } };
}

describe('row views and header words', () => {
  const folding = loadFolding();
  // A title row, a header row of words (one cell two words, as PDF text runs them together), the data row.
  const record = table([
    ['四、政府信息公开行政复议、行政诉讼情况'],
    ['序号', '行政复议 行政诉讼', '结果维持'],
    ['1', '2', '3'],
    ['结果维持', '4', '5'],
  ]);

  it('finds the first row holding any of the markers, folded, in whole cells or their space-separated parts', () => {
    expect(firstMarkerRow(record, ['行政诉讼'], folding)).toBe(1);
    expect(firstMarkerRow(record, ['结果维持'], folding)).toBe(1);
    expect(firstMarkerRow(record, ['（四）政府信息公开行政复议、行政诉讼情况', '不在表中'], folding)).toBe(0);
    expect(firstMarkerRow(record, ['结果维持', '（四）政府信息公开行政复议、行政诉讼情况'], folding)).toBe(0);
    expect(firstMarkerRow(record, ['不在表中'], folding)).toBe(-1);
    // Numbers are never header words.
    expect(firstMarkerRow(record, ['2'], folding)).toBe(-1);
  });

  it('counts each marker found anywhere once', () => {
    expect(countMarkers(record, ['行政复议', '行政诉讼', '结果维持', '不在表中'], folding)).toBe(3);
    expect(countMarkers(record, [], folding)).toBe(0);
  });

  it('a row view starts at its label, the last text cell before the first value', () => {
    const views = rowViews(table([['1', '收到申请数', '件', '12'], ['办结数', '9']]), folding);
    expect(views.map((v) => [v.label.text, v.cells.map((c) => c.text), v.names])).toEqual([
      ['收到申请数', ['收到申请数', '件', '12'], ['收到申请数']],
      ['办结数', ['办结数', '9'], ['办结数']],
    ]);
  });
});

describe('cell texts read once', () => {
  const folding = loadFolding();
  const TEXTS = ['', ' ', '自然', '结果', '行政复议', '12', ' 3 ', '1,234', '—', '/', '万元', '件', '自然人', ' 自然人 ', '行政复议 行政诉讼', '结果维持', '（一）予以公开', '一、本年新收政府信息公开申请数量', '其中：商业企业', '0.5', '无', '１２'];
  const views = (t: Table) => rowViews(t, folding).map((v) => [v.label.text, v.cells.map((c) => c.text), v.names]);
  const markers = ['自然人', '行政诉讼', '结果维持', '予以公开', '商业企业', '无'];

  it('gives the row views and header words a table gets when its texts are read for the first time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.constantFrom(...TEXTS), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), async (rows) => {
        // This module instance has read the texts of every table before; a fresh one has read none.
        vi.resetModules();
        const fresh = await import('../../src/recognise/row-view.js');
        const freshFolding = (await import('../../src/folding.js')).loadFolding();
        const freshViews = fresh.rowViews(table(rows), freshFolding).map((v) => [v.label.text, v.cells.map((c) => c.text), v.names]);
        expect(views(table(rows))).toEqual(freshViews);
        for (const m of markers) expect(firstMarkerRow(table(rows), [m], folding)).toBe(fresh.firstMarkerRow(table(rows), [m], freshFolding));
        expect(countMarkers(table(rows), markers, folding)).toBe(fresh.countMarkers(table(rows), markers, freshFolding));
      }),
      params(150),
    );
  });
});
