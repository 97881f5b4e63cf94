import type { Cell, Table } from '../document.js';
import type { SourceText } from '../source-text.js';
import type { Folding } from '../folding.js';
import { isValueToken, MAX_VALUE_TOKEN } from '../value.js';
import { isBlankLine, isSpace, MAX_ROW_CHARS, trimmedCell } from './cells.js';

/** Cells are separated by a TAB, two or more spaces, or two or more full-width spaces. */
const GAP = /\t+| {2,}|(?: ?\u3000 ?){2,}/g;
const MAX_LABEL = 60;
const SPACE = 32;
const MAX_PENDING = 8;
/** A lone row of this many values is a table of its own (table 四's one data row). */
const WIDE_ROW = 5;

interface LineCells {
  cells: Cell[];
  /** True when at least one cell after the first looks like a value, unit or placeholder. */
  hasValue: boolean;
}

/**
 * Space-aligned columns as PDF-to-text output gives them: `label  unit  value`, also
 * `四、结转下年度继续办理 0 0 0 0 0 0 0` with single spaces before trailing values.
 * Label-only lines between value rows are kept as one-cell rows (group headings).
 */
export function readSpaceColumns(
  source: SourceText,
  from: number,
  to: number,
  folding: Folding,
): { table: Table; next: number } | null {
  const first = splitLine(source, from, folding);
  if (!first || (!first.hasValue && !isHeaderRow(first.cells))) return null;
  const rows: Cell[][] = [first.cells];
  let valueRows = first.hasValue ? 1 : 0;
  let widest = first.cells.length;
  let last = from;
  let pending: Cell[][] = [];
  let blanks = 0;
  for (let i = from + 1; i < to; i++) {
    const line = source.line(i);
    if (isBlankLine(line)) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    const split = splitLine(source, i, folding);
    if (split && split.hasValue) {
      rows.push(...pending, split.cells);
      pending = [];
      valueRows++;
      widest = Math.max(widest, split.cells.length);
      last = i;
    } else if (split && isHeaderRow(split.cells)) {
      pending.push(split.cells);
    } else if (isLabelOnly(line)) {
      pending.push([trimmedCell(source, source.lineStarts[i], source.lineEnds[i])]);
      // A multi-row header (table 四's, one character per line) fits; a page of headings does not.
      if (pending.length > MAX_PENDING) break;
    } else {
      break;
    }
  }
  if (valueRows < 3 && widest < WIDE_ROW) return null;
  return {
    table: { type: 'table', layout: 'space-columns', rows, span: source.span(source.lineStarts[from], source.lineEnds[last]) },
    next: last + 1,
  };
}

function splitLine(source: SourceText, lineIndex: number, folding: Folding): LineCells | null {
  const line = source.line(lineIndex);
  if (line.length > MAX_ROW_CHARS) return null;
  const lineStart = source.lineStarts[lineIndex];
  const pieces: Array<[number, number]> = [];
  let s = 0;
  while (s < line.length && (line[s] === ' ' || line[s] === '\t' || line[s] === '\u3000' || line[s] === '\u00a0')) s++;
  if (s >= line.length) return null;
  if (isProseStart(line, s)) return null;
  GAP.lastIndex = s;
  let m: RegExpExecArray | null;
  let cellStart = s;
  while ((m = GAP.exec(line)) !== null) {
    if (m.index > cellStart) pieces.push([cellStart, m.index]);
    cellStart = m.index + m[0].length;
  }
  if (cellStart < line.length) pieces.push([cellStart, line.length]);
  const peeled = peelTrailingValues(line, pieces, folding);
  // A line of prose is turned away before any cell (and its span) is made: most lines are.
  let label = '';
  for (let k = 0; k < peeled.length && label === ''; k++) label = trimmedText(line, peeled[k][0], peeled[k][1]);
  if (label.length > MAX_LABEL || label.includes('。')) return null;
  const cells: Cell[] = [];
  for (let k = 0; k < peeled.length; k++) {
    const cell = trimmedCell(source, lineStart + peeled[k][0], lineStart + peeled[k][1]);
    if (cell.text !== '') cells.push(cell);
  }
  if (cells.length < 2 && !(cells.length === 1 && isValueToken(cells[0].text, folding))) return null;
  let hasValue = false;
  for (let k = 1; k < cells.length && !hasValue; k++) hasValue = isValueToken(cells[k].text, folding);
  return { cells, hasValue };
}

/**
 * Whether the line's label is prose, known before it is split: the label holds at least the
 * words from the first character to the first space or gap (the values peeled off its end come
 * after a space), unless those words are a value, which has no `。` and at most MAX_VALUE_TOKEN
 * characters. So a `。` there, or more characters than a label or a value has, rejects the line
 * as splitLine would after making its cells.
 */
function isProseStart(line: string, s: number): boolean {
  const limit = Math.max(MAX_LABEL, MAX_VALUE_TOKEN);
  // Read only as far as needed: the words' trimmed length only grows, so once past the limit
  // (or at a `。`) the answer is known; a line of prose has no gap, and was read to its end.
  let firstWord = -1;
  for (let p = s; p < line.length; p++) {
    const c = line.charCodeAt(p);
    // Past U+3002 only U+FEFF is a space or a gap (isSpace, isGapStart): the ideographs of a
    // line of prose, most of what this reads, are words at two comparisons.
    if (c <= FULL_STOP || c === 0xfeff) {
      if (isGapStart(line, p)) break;
      if (c === FULL_STOP) return true;
      if (isSpace(c)) continue;
    }
    if (firstWord < 0) firstWord = p;
    if (p + 1 - firstWord > limit) return true;
  }
  return false;
}

const FULL_STOP = 0x3002;

/** A space, a TAB, or the first of two full-width spaces: where a piece or a peeled value ends. */
function isGapStart(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return c === SPACE || c === 9 || (c === 0x3000 && line.charCodeAt(i + 1) === 0x3000);
}

/** The text of line[a, b) without the spaces trimmedCell trims. */
function trimmedText(line: string, a: number, b: number): string {
  while (a < b && isSpace(line.charCodeAt(a))) a++;
  while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
  return line.slice(a, b);
}

/** `label 0 0 3` with single spaces: split the value tokens off the end of each piece. */
function peelTrailingValues(line: string, pieces: Array<[number, number]>, folding: Folding): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of pieces) {
    const tokens: Array<[number, number]> = [];
    let end = b;
    for (;;) {
      // The space is looked for inside this piece only (lastIndexOf would scan back over the
      // whole line for every piece), and tokens are pushed, not unshifted, so that a line of
      // a million cells stays linear.
      let space = end - 1;
      while (space >= a && line.charCodeAt(space) !== SPACE) space--;
      if (space < a) break;
      const token = line.slice(space + 1, end);
      if (!isValueToken(token, folding)) break;
      tokens.push([space + 1, end]);
      end = space;
      while (end > a && line.charCodeAt(end - 1) === SPACE) end--;
    }
    if (tokens.length === 0) {
      out.push([a, b]);
      continue;
    }
    if (end > a) out.push([a, end]);
    // One by one: spreading a very long list into push() overflows the call stack.
    for (let t = tokens.length - 1; t >= 0; t--) out.push(tokens[t]);
  }
  return out;
}

function isHeaderRow(cells: Cell[]): boolean {
  return cells.length >= 2 && cells.every((c) => c.text.length <= 10 && !/\d/.test(c.text));
}

function isLabelOnly(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= MAX_LABEL && !t.includes('。') && !/[，,；;]$/.test(t);
}
