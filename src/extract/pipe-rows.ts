import type { Cell, Table } from '../document.js';
import type { SourceText } from '../source-text.js';
import { isWhiteSpace } from '../char-test.js';
import { isSpace, lineIsBlank, MAX_ROW_CHARS, trimmedCell } from './cells.js';

// `\s*\|?\s*` would split a run of spaces between its two `\s*` in every way before failing
// (quadratic on a long blank line); with the pipe and its spaces grouped, each space is read once.
const DELIMITER_ROW = /^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$/;

/**
 * Pipe rows as pasted from a web page or written in Markdown: `| a | b |` or `a | b`,
 * padded or not, empty cells kept as empty pipes or collapsed away. Single blank lines
 * between rows are tolerated; a GFM delimiter row is skipped.
 */
export function readPipeRows(source: SourceText, from: number, to: number): { table: Table; next: number } | null {
  if (!isPipeLine(source, from)) return null;
  const rows: Cell[][] = [];
  let i = from;
  let last = from;
  while (i < to) {
    if (isPipeLine(source, i)) {
      const line = source.line(i);
      if (!DELIMITER_ROW.test(line)) rows.push(splitPipeRow(source, i, line));
      last = i;
      i++;
    } else if (lineIsBlank(source, i) && i + 1 < to && isPipeLine(source, i + 1)) {
      i++;
    } else {
      break;
    }
  }
  if (rows.length < 2) return null;
  return {
    table: { type: 'table', layout: 'pipe-rows', rows, span: source.span(source.lineStarts[from], source.lineEnds[last]) },
    next: last + 1,
  };
}

/** A line of at most MAX_ROW_CHARS holding a pipe and something besides pipes and spaces (read in place: asked of every line). */
function isPipeLine(source: SourceText, index: number): boolean {
  const start = source.lineStarts[index];
  const end = source.lineEnds[index];
  if (end - start > MAX_ROW_CHARS) return false;
  // Asked of every line of prose, which has no pipe: the native search answers that (once for
  // the lines up to the pipe it finds, as they are asked in order).
  const pipe = source.nextIndexOf('|', start);
  if (pipe < 0 || pipe >= end) return false;
  for (let i = start; i < end; i++) {
    const c = source.text.charCodeAt(i);
    if (c !== PIPE && !isSpace(c)) return true;
  }
  return false;
}

const PIPE = 124;
const BACKSLASH = 92;

function splitPipeRow(source: SourceText, lineIndex: number, line: string): Cell[] {
  const lineStart = source.lineStarts[lineIndex];
  let s = 0;
  let e = line.length;
  while (s < e && isWhiteSpace(line.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(line.charCodeAt(e - 1))) e--;
  if (line.charCodeAt(s) === PIPE) s++;
  if (e > s && line.charCodeAt(e - 1) === PIPE && line.charCodeAt(e - 2) !== BACKSLASH) e--;
  const cells: Cell[] = [];
  let cellStart = s;
  for (let k = s; k <= e; k++) {
    if (k === e || (line.charCodeAt(k) === PIPE && line.charCodeAt(k - 1) !== BACKSLASH)) {
      cells.push(trimmedCell(source, lineStart + cellStart, lineStart + k));
      cellStart = k + 1;
    }
  }
  return cells;
}
