import type { Cell } from '../document.js';
import { SourceText } from '../source-text.js';
import { isCjk } from './html-text.js';

/**
 * A text rendering of a file that has no lines of its own (.docx, .xlsx): one line per
 * paragraph or table row, the cells of a row separated by a TAB. Positions in it are what
 * `line` and `column` of a finding count; `locate` turns them back into table/row/column or
 * sheet!cell. Every cell's text is a verbatim slice of this text, as parseValue needs.
 */
export interface Rendered {
  source: SourceText;
  /** The cells of each line, with spans in `source`. */
  lines: Cell[][];
}

export function renderLines(lines: string[][]): Rendered {
  const flat = lines.map((cells) => cells.map(oneLine));
  const starts: number[][] = [];
  let text = '';
  flat.forEach((cells, l) => {
    if (l > 0) text += '\n';
    starts.push(
      cells.map((cell, c) => {
        if (c > 0) text += '\t';
        const at = text.length;
        text += cell;
        return at;
      }),
    );
  });
  const source = new SourceText(text);
  return { source, lines: flat.map((cells, l) => cells.map((cell, c) => ({ text: cell, span: source.span(starts[l][c], starts[l][c] + cell.length), joined: false }))) };
}

/**
 * A cell or paragraph on one line: a line break typed inside it (Alt+Enter in Excel, a
 * second paragraph in a Word cell) disappears between two CJK characters and is a space
 * otherwise; TABs are spaces, since TAB separates cells here.
 */
export function oneLine(text: string): string {
  return text
    // Only from the start of a run of spaces: tried from inside it, a long run without a line
    // break after it was rescanned from every one of its characters (quadratic).
    .replace(/(?<![ \t])[ \t]*(?:\r\n|[\r\n\u2028\u2029\v\f])+[ \t]*/g, (m: string, at: number, whole: string) => {
      const before = whole[at - 1];
      const after = whole[at + m.length];
      return before && after && isCjk(before) && isCjk(after) ? '' : ' ';
    })
    .replace(/\t/g, ' ')
    .trim();
}

/** Which cell of a rendered line a 1-based code-point column falls in (the last one starting at or before it). */
export function cellAt(cells: Cell[], column: number): number {
  let found = 0;
  cells.forEach((cell, i) => {
    if (cell.span.start.column <= column) found = i;
  });
  return found;
}
