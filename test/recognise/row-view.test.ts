import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../../src/document.js';
import { loadFolding } from '../../src/folding.js';
import { countMarkers, firstMarkerRow, rowViews } from '../../src/recognise/row-view.js';

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
