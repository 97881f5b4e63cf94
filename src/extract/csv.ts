import type { Cell } from '../document.js';
import type { SourceText } from '../source-text.js';
import { trimmedCell } from './cells.js';

/**
 * CSV as Excel and WPS save it (RFC 4180: quoted fields may hold the separator, line ends and
 * doubled quotes), every cell with its exact position in the file. The separator is the one
 * of `,` `;` TAB found most often outside quotes on the first line.
 */
export function parseCsv(source: SourceText): Cell[][] {
  const text = source.text;
  const sep = separator(text);
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = 0;
  while (i <= text.length) {
    let cell: Cell;
    if (text[i] === '"') {
      const close = closingQuote(text, i + 1);
      const inner = text.slice(i + 1, close);
      cell = trimmedCell(source, i + 1, close);
      // A doubled quote makes the text differ from the file: not a verbatim slice any more.
      if (inner.includes('""')) cell = { ...cell, text: cell.text.replace(/""/g, '"'), joined: true };
      i = close + 1;
      while (i < text.length && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') i++;
    } else {
      let end = i;
      while (end < text.length && text[end] !== sep && text[end] !== '\n' && text[end] !== '\r') end++;
      cell = trimmedCell(source, i, end);
      i = end;
    }
    row.push(cell);
    if (text[i] === sep) {
      i++;
      continue;
    }
    // End of a record: a line end or the end of the file.
    if (row.length > 1 || row[0].text !== '' || i < text.length) rows.push(row);
    row = [];
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
  }
  return rows;
}

/** Index of the quote closing a field that opened before `from` (or the end of the text). */
function closingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') i += 2;
      else return i;
    } else i++;
  }
  return text.length;
}

function separator(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best;
}
