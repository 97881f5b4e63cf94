import { proseBlock, type Block, type Cell } from '../document.js';

/**
 * A sheet (or CSV file) as blocks: blank rows separate blocks; rows with at most one filled
 * cell at the top of a block are paragraphs (a title, a section heading, narrative typed
 * into column A), the rest of the block is one table. A one-cell row inside a table
 * (`第二十条第（五）项` merged across) stays in it.
 */
export function gridBlocks(rows: Cell[][], layout: string): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < rows.length) {
    if (filled(rows[i]) === 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < rows.length && filled(rows[end]) > 0) end++;
    let first = i;
    while (first < end && filled(rows[first]) === 1) {
      const cell = rows[first].find((c) => c.text !== '')!;
      blocks.push(proseBlock('paragraph', cell.text, cell.span));
      first++;
    }
    if (first < end) {
      const table = trimColumns(rows.slice(first, end));
      const last = table[table.length - 1];
      blocks.push({ type: 'table', layout, rows: table, span: { start: table[0][0].span.start, end: last[last.length - 1].span.end } });
    }
    i = end;
  }
  return blocks;
}

function filled(row: Cell[]): number {
  return row.filter((c) => c.text !== '').length;
}

/** Columns blank in every row of the table, at its left or right edge, are not part of it. */
function trimColumns(rows: Cell[][]): Cell[][] {
  // A loop, not Math.max(...): spreading 200,000 rows as arguments overflows the call stack.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const used = (c: number) => rows.some((r) => (r[c]?.text ?? '') !== '');
  let from = 0;
  let to = width;
  while (from < to && !used(from)) from++;
  while (to > from && !used(to - 1)) to--;
  return rows.map((r) => r.slice(from, to));
}
