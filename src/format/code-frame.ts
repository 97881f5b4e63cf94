import type { Explanation } from '../explain/types.js';
import { escapeControls, isControlChar } from './sanitize.js';
import { textWidth } from './text-width.js';

export interface FramePaint {
  dim: (s: string) => string;
  mark: (s: string) => string;
}

const PLAIN: FramePaint = { dim: (s) => s, mark: (s) => s };
/** Code points shown of a long line: its start when the marked number is near it, else around it. */
const WINDOW = 100;
const AFTER = 12;

/**
 * The lines printed under a stylish message: the explanation's sentence, then the source lines
 * of the cells involved, `>` at a suspected cell's line and carets under its number (CJK
 * characters count two columns). Every line starts with `│` after the indent, so none can be
 * read as a message by the eslint-stylish problem matcher.
 */
export function codeFrame(explanation: Explanation, paint: FramePaint = PLAIN): string[] {
  const bar = paint.dim('    │');
  const out = [`${bar} ${escapeControls(explanation.text)}`];
  if (!explanation.frame || explanation.cells.length === 0) return out;
  const cells = [explanation.cells, ...(explanation.alternatives ?? []).map((a) => a.cells)].flat();
  const numberWidth = String(Math.max(...explanation.frame.map((l) => l.line))).length;
  let previous: number | undefined;
  for (const { line, text, column: startColumn = 1 } of explanation.frame) {
    if (previous !== undefined && line > previous + 1) out.push(`${bar} ${paint.dim(`${' '.repeat(numberWidth + 2)}⋮`)}`);
    previous = line;
    const marks = cells.filter((c) => c.line === line && c.endLine === line).sort((a, b) => a.column - b.column);
    const chars = [...text.replace(/\t/g, '  ')].map((ch) => (isControlChar(ch) ? escapeControls(ch) : ch));
    // Tabs became two characters: shift the marks' columns the same way.
    const shift = (column: number) => {
      const at = column - startColumn;
      return at + [...text].slice(0, at).filter((ch) => ch === '\t').length;
    };
    const from = marks.length > 0 ? Math.max(0, shift(marks[marks.length - 1].endColumn) + AFTER - WINDOW) : 0;
    const to = Math.min(chars.length, from + WINDOW);
    const shown = (from > 0 ? '…' : '') + chars.slice(from, to).join('') + (to < chars.length ? '…' : '');
    const gutter = `${marks.length > 0 ? '>' : ' '} ${String(line).padStart(numberWidth)} |`;
    out.push(`${bar} ${marks.length > 0 ? paint.mark(gutter) : paint.dim(gutter)} ${shown}`);
    if (marks.length === 0) continue;
    let caretLine = '';
    let width = 0;
    for (const m of marks) {
      const start = shift(m.column) - from;
      const end = shift(m.endColumn) - from;
      if (start < 0 || end > to - from) continue;
      const lead = textWidth((from > 0 ? '…' : '') + chars.slice(from, from + start).join(''));
      if (lead < width) continue;
      caretLine += ' '.repeat(lead - width) + '^'.repeat(Math.max(1, textWidth(chars.slice(from + start, from + end).join(''))));
      width = textWidth(caretLine);
    }
    out.push(`${bar} ${paint.dim(`${' '.repeat(numberWidth + 2)} |`)} ${paint.mark(caretLine)}`);
  }
  return out;
}
