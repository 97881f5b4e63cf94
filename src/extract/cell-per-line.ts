import type { Cell, Table } from '../document.js';
import type { SourceText } from '../source-text.js';
import { isBlankLine, trimmedCell } from './cells.js';

/**
 * Word's "copy as text" layout (the seed report): every cell on its own line led by a TAB,
 * rows separated by an empty line, a long label wrapping onto a line without the TAB.
 * Returns the table starting at line `from` and the first line after it, or null.
 */
export function readCellPerLine(source: SourceText, from: number, to: number): { table: Table; next: number } | null {
  if (!source.line(from).startsWith('\t')) return null;
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = from;
  let lastTableLine = from;
  while (i < to) {
    const line = source.line(i);
    if (line.startsWith('\t')) {
      const start = source.lineStarts[i] + 1;
      row.push(trimmedCell(source, start, source.lineEnds[i]));
      lastTableLine = i;
    } else if (isBlankLine(line)) {
      if (row.length > 0) rows.push(row);
      row = [];
      // The table goes on only if the next non-blank line is TAB-led.
      let j = i + 1;
      while (j < to && !source.line(j).startsWith('\t') && isBlankLine(source.line(j))) j++;
      if (j >= to || !source.line(j).startsWith('\t')) break;
      i = j;
      continue;
    } else if (row.length > 0 && i + 1 < to && source.line(i + 1).startsWith('\t')) {
      // A wrapped label: join it to the cell above.
      const prev = row[row.length - 1];
      const cont = trimmedCell(source, source.lineStarts[i], source.lineEnds[i]);
      row[row.length - 1] = { text: prev.text + cont.text, span: { start: prev.span.start, end: cont.span.end }, joined: true };
      lastTableLine = i;
    } else {
      break;
    }
    i++;
  }
  if (row.length > 0) rows.push(row);
  const multiCell = rows.filter((r) => r.length >= 2).length;
  if (multiCell < 3) return null;
  return {
    table: {
      type: 'table',
      layout: 'cell-per-line',
      rows,
      span: source.span(source.lineStarts[from], source.lineEnds[lastTableLine]),
    },
    next: lastTableLine + 1,
  };
}
