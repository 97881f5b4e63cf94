import type { Cell, Table } from '../document.js';
import type { SourceText } from '../source-text.js';
import { lineIsBlank, trimmedCell } from './cells.js';

/**
 * Word's "copy as text" layout (the seed report): every cell on its own line led by a TAB,
 * rows separated by an empty line, a long label wrapping onto a line without the TAB.
 * Returns the table starting at line `from` and the first line after it, or null.
 */
export function readCellPerLine(source: SourceText, from: number, to: number): { table: Table; next: number } | null {
  if (!tabLed(source, from)) return null;
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = from;
  let lastTableLine = from;
  while (i < to) {
    if (tabLed(source, i)) {
      const start = source.lineStarts[i] + 1;
      row.push(trimmedCell(source, start, source.lineEnds[i]));
      lastTableLine = i;
    } else if (lineIsBlank(source, i)) {
      if (row.length > 0) rows.push(row);
      row = [];
      // The table goes on only if the next non-blank line is TAB-led.
      let j = i + 1;
      while (j < to && !tabLed(source, j) && lineIsBlank(source, j)) j++;
      if (j >= to || !tabLed(source, j)) break;
      i = j;
      continue;
    } else if (row.length > 0 && i + 1 < to && tabLed(source, i + 1)) {
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

/** The line starts with a TAB (read in place: this reader asks it of every line, often twice). */
function tabLed(source: SourceText, line: number): boolean {
  return source.lineStarts[line] < source.lineEnds[line] && source.text.charCodeAt(source.lineStarts[line]) === 9;
}
