import { proseBlock, type Block } from '../document.js';
import type { Folding } from '../folding.js';
import type { SourceText } from '../source-text.js';
import { lineIsBlank, trimmedCell } from './cells.js';
import { readCellPerLine } from './cell-per-line.js';
import { readCellStream } from './cell-stream.js';
import { readPipeRows } from './pipe-rows.js';
import { readSpaceColumns } from './space-columns.js';

/**
 * Plain text: at each line try the table layouts (TAB-led cells, pipe rows, space-aligned
 * columns, one cell per line between blank lines); every other non-blank line is a
 * paragraph of its own.
 */
export function extractPlainText(source: SourceText, folding: Folding, from = 0, to = source.lineCount): Block[] {
  const blocks: Block[] = [];
  let i = from;
  while (i < to) {
    if (lineIsBlank(source, i)) {
      i++;
      continue;
    }
    const found =
      readCellPerLine(source, i, to) ??
      readPipeRows(source, i, to) ??
      readSpaceColumns(source, i, to, folding) ??
      readCellStream(source, i, to, folding);
    if (found) {
      blocks.push(found.table);
      i = found.next;
      continue;
    }
    const cell = trimmedCell(source, source.lineStarts[i], source.lineEnds[i]);
    blocks.push(proseBlock('paragraph', cell.text, cell.span));
    i++;
  }
  return blocks;
}
