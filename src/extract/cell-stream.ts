import type { Cell, Table } from '../document.js';
import type { Folding } from '../folding.js';
import type { SourceText } from '../source-text.js';
import { isValueToken } from '../value.js';
import { lineIsBlank, trimmedCell, trimmedLength } from './cells.js';

const MAX_CELL_LINES = 3;
const MAX_CELL_WIDTH = 40;
const MIN_VALUES = 6;

interface Block {
  first: number;
  last: number;
  cell: Cell;
  isValue: boolean;
}

/**
 * One cell per line with blank lines between cells, as small-agency pages give a table
 * once copied: `label`, blank, `3`, blank, `0`… A cell may wrap over a few short lines
 * (`商业` / `企业`). A row starts at each label and takes the values after it.
 */
export function readCellStream(source: SourceText, from: number, to: number, folding: Folding): { table: Table; next: number } | null {
  const blocks: Block[] = [];
  let values = 0;
  let i = from;
  while (i < to) {
    const block = readBlock(source, i, to, folding);
    if (!block) break;
    blocks.push(block);
    if (block.isValue) values++;
    i = block.last + 1;
    while (i < to && lineIsBlank(source, i)) i++;
  }
  // A run of labels after the last value is prose headings, not part of the table.
  while (blocks.length > 0 && !blocks[blocks.length - 1].isValue) blocks.pop();
  if (values < MIN_VALUES || blocks.length === 0) return null;
  const rows: Cell[][] = [];
  for (const b of blocks) {
    if (b.isValue && rows.length > 0) rows[rows.length - 1].push(b.cell);
    else rows.push([b.cell]);
  }
  const last = blocks[blocks.length - 1].last;
  return {
    table: { type: 'table', layout: 'cell-stream', rows, span: source.span(source.lineStarts[from], source.lineEnds[last]) },
    next: last + 1,
  };
}

/** Consecutive short non-blank lines starting at `start`, or null when they do not look like a cell. */
function readBlock(source: SourceText, start: number, to: number, folding: Folding): Block | null {
  let last = start;
  // No further than a cell can reach: asked at every line of a long run of prose or table rows,
  // walking to the run's end made the run quadratic.
  while (last + 1 < to && !lineIsBlank(source, last + 1)) {
    last++;
    if (last - start + 1 > MAX_CELL_LINES) return null;
  }
  // A line of prose is turned away before any cell (and its span) is made.
  for (let l = start; l <= last; l++) if (trimmedLength(source.text, source.lineStarts[l], source.lineEnds[l]) > MAX_CELL_WIDTH) return null;
  const parts: Cell[] = [];
  for (let l = start; l <= last; l++) {
    const cell = trimmedCell(source, source.lineStarts[l], source.lineEnds[l]);
    if (/[。；;]/.test(cell.text) || cell.text.includes('|')) return null;
    parts.push(cell);
  }
  if (parts.length === 1) {
    return { first: start, last, cell: parts[0], isValue: isValueToken(parts[0].text, folding) };
  }
  // A wrapped label: its lines joined; a value never wraps.
  let text = '';
  for (let k = 0; k < parts.length; k++) {
    if (isValueToken(parts[k].text, folding)) return null;
    text += parts[k].text;
  }
  const cell: Cell = { text, span: { start: parts[0].span.start, end: parts[parts.length - 1].span.end }, joined: true };
  return { first: start, last, cell, isValue: false };
}
