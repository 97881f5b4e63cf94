import type { Cell } from '../document.js';
import type { SourceText } from '../source-text.js';

/** A cell from source offsets [start, end), with surrounding whitespace (incl. NBSP, U+3000) cut off. */
export function trimmedCell(source: SourceText, start: number, end: number): Cell {
  const s = firstNonSpace(source.text, start, end);
  const e = endOfNonSpace(source.text, s, end);
  return { text: source.text.slice(s, e), span: source.span(s, e), joined: false };
}

/** Where text[start, end) starts once the spaces trimmedCell trims are skipped. */
function firstNonSpace(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Where text[start, end) ends once the trailing spaces trimmedCell trims are cut. */
function endOfNonSpace(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The longest line a reader takes for a table row. Real rows are a few hundred characters (table
 * 三 with its longest label runs to about 200); a longer line is prose or junk, and splitting a
 * 50 MB line into millions of cells would only exhaust memory.
 */
export const MAX_ROW_CHARS = 4096;

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

export function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpace(line.charCodeAt(i))) return false;
  return true;
}

/** isBlankLine of a line of the source, read in place (the readers ask it of every line, often twice). */
export function lineIsBlank(source: SourceText, index: number): boolean {
  const { text } = source;
  for (let i = source.lineStarts[index], end = source.lineEnds[index]; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The length of text[start, end) without the spaces trimmedCell trims. */
export function trimmedLength(text: string, start: number, end: number): number {
  const s = firstNonSpace(text, start, end);
  return endOfNonSpace(text, s, end) - s;
}
