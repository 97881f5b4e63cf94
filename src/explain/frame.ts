import type { SourceText, Span } from '../source-text.js';

/** A cell to show in a code frame: its number's span, and the span of its row's label. */
export interface FrameCell {
  span: Span;
  labelSpan?: Span;
}

const MAX_LINES = 6;
/** A row whose label is this many lines above its number (one cell per line) shows them all. */
const MAX_ROW_LINES = 3;
const MAX_LINE_LENGTH = 1000;

/**
 * The source lines a code frame shows for a finding (src/format/code-frame.ts draws it): the
 * suspected cells' rows first, then the finding's own cell, then the other cells involved,
 * nearest first, up to six lines. A row laid out one cell per line brings its label line along.
 */
export function frameLines(source: SourceText, suspected: FrameCell[], own: FrameCell, related: FrameCell[]): Array<{ line: number; text: string; column?: number }> {
  const lines = new Set<number>();
  const near = suspected[0]?.span.start.line ?? own.span.start.line;
  const others = [...related].sort((a, b) => Math.abs(a.span.start.line - near) - Math.abs(b.span.start.line - near));
  for (const cell of [...suspected, own, ...others]) {
    const last = cell.span.start.line;
    const label = cell.labelSpan?.start.line ?? last;
    const first = label <= last && last - label < MAX_ROW_LINES ? label : last;
    const add = [];
    for (let l = first; l <= last; l++) if (!lines.has(l)) add.push(l);
    if (lines.size > 0 && lines.size + add.length > MAX_LINES) continue;
    for (const l of add) lines.add(l);
  }
  const columns = [...suspected, own, ...related].map((c) => c.span.start);
  return [...lines]
    .sort((a, b) => a - b)
    .filter((l) => l >= 1 && l <= source.lineCount)
    .map((line) => {
      const text = source.line(line - 1);
      // At most that many code units, so at most that many code points: the line as it is.
      if (text.length <= MAX_LINE_LENGTH) return { line, text };
      const chars = [...text];
      if (chars.length <= MAX_LINE_LENGTH) return { line, text };
      // A long line (a minified HTML page): keep the part around the cells on it.
      const first = Math.min(...columns.filter((p) => p.line === line).map((p) => p.column), chars.length);
      const from = Math.max(0, first - 1 - MAX_LINE_LENGTH / 4);
      return { line, text: chars.slice(from, from + MAX_LINE_LENGTH).join(''), column: from + 1 };
    });
}
