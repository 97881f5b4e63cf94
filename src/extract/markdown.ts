import type { Root, RootContent } from 'mdast';
import { proseBlock, type Block, type Table } from '../document.js';
import type { Folding } from '../folding.js';
import type { SourceText } from '../source-text.js';
import { trimmedCell } from './cells.js';
import { extractPlainText } from './plain-text.js';
import { appendAll } from '../append-all.js';
import { parseMarkdown } from './markdown-parser.js';

/**
 * Markdown: remark gives the block structure (headings, code, lists, HTML) with exact line
 * numbers; every other top-level block, GFM pipe tables included, is read line by line by the
 * plain-text readers, the same that read pasted web pages.
 *
 * remark's cost grows with every character it tokenises, and the long Chinese paragraphs and
 * the table rows carry no Markdown structure we need, so remark parses a skeleton: the same
 * lines, each plain line (prose or a table row) shortened to one character. Lines that can
 * open a block (headings, lists, quotes, code, HTML) are kept as they are. The GFM table
 * extension is not used: a table is rebuilt from its lines by the pipe-rows reader (issue 9:
 * it cost more than the rest of the lint).
 */
export function extractMarkdown(source: SourceText, folding: Folding): Block[] {
  const sk = skeleton(source);
  const tree = simpleTree(sk.text) ?? parseMarkdown(sk.text);
  // Skeleton line (1-based) → first and last source line (0-based) it stands for.
  const firstLine = (line: number) => sk.first[line - 1];
  const lastLine = (line: number) => sk.last[line - 1];
  const offset = (p: { line: number; column: number }) => source.lineStarts[firstLine(p.line)] + p.column - 1;
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (!node.position) continue;
    const from = firstLine(node.position.start.line);
    const to = lastLine(node.position.end.line);
    if (node.type === 'heading') {
      // The heading's text without its `#` marks (a setext heading: its first line), so that
      // offsets into it stay verbatim.
      const start = offset(node.position.start);
      const raw = source.line(from).slice(node.position.start.column - 1);
      const lead = /^\s*#*\s*/.exec(raw)?.[0].length ?? 0;
      const trail = raw.length - closingSequenceStart(raw);
      const cell = trimmedCell(source, start + lead, Math.max(start + lead, start + raw.length - trail));
      blocks.push(proseBlock('heading', cell.text, cell.span));
    } else if (!isIgnorable(node)) {
      // A fenced block is read without its fence lines; an indented one (TAB-led cells
      // pasted from Word) as it is.
      const fence = /^\s*(```|~~~)/;
      const fenced = node.type === 'code' && fence.test(source.line(from));
      appendAll(blocks, extractPlainText(source, folding, from + (fenced ? 1 : 0), to + 1 - (fenced && to > from && fence.test(source.line(to)) ? 1 : 0)));
    }
  }
  return mergeCutTables(blocks);
}

/**
 * Where an ATX heading's closing `#`s and the spaces around them begin. A scan from the end:
 * the regex /\s*#*\s*$/ retried from every space of a long heading line (cubic).
 */
function closingSequenceStart(line: string): number {
  let i = line.length;
  while (i > 0 && /\s/.test(line[i - 1])) i--;
  while (i > 0 && line[i - 1] === '#') i--;
  while (i > 0 && /\s/.test(line[i - 1])) i--;
  return i;
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * The tree of a skeleton made only of ATX headings, `x` lines and blank lines (most reports:
 * numbered section headings between runs of prose and table rows), built without remark. Its
 * parse is plain (a heading is its line, consecutive `x` lines one paragraph), and micromark's
 * fixed cost per document (half a millisecond) was then a quarter of a report's lint. Any other
 * line (a list, a quote, code, HTML, a setext underline): undefined, and remark parses it.
 */
export function simpleTree(text: string): Root | undefined {
  const children: RootContent[] = [];
  const lines = text.split('\n');
  const at = (line: number, column: number) => ({ line, column });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    if (line === 'x') {
      let j = i;
      while (lines[j + 1] === 'x') j++;
      children.push({ type: 'paragraph', children: [], position: { start: at(i + 1, 1), end: at(j + 1, 2) } });
      i = j;
      continue;
    }
    if (!ATX_HEADING.test(line)) return undefined;
    const indent = line.length - line.trimStart().length;
    children.push({ type: 'heading', depth: 1, children: [], position: { start: at(i + 1, indent + 1), end: at(i + 1, line.length + 1) } });
  }
  return { type: 'root', children };
}

/** Characters that can open a Markdown block at the start of a line (a `|` row is plain text here). */
const STRUCTURE_START = new Set([...'#>*+-=_`~<[!:']);

interface Skeleton {
  text: string;
  /** Per skeleton line, the first and last source line (0-based) it stands for. */
  first: number[];
  last: number[];
}

/**
 * The source as remark needs to see it: a run of plain lines (paragraphs, table rows, and the
 * blank lines between them) becomes one `x` line; every other line (one that can open a block)
 * is kept as it is. The run is read line by line later, so merging paragraphs loses nothing;
 * micromark's cost per line is what this saves (a 1 MB report of short paragraphs: 20,000
 * lines down to a handful).
 */
export function skeleton(source: SourceText): Skeleton {
  const lines: string[] = [];
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < source.lineCount; i++) {
    const line = source.line(i);
    if (!isPlainProse(line)) {
      lines.push(line);
      first.push(i);
      last.push(i);
      continue;
    }
    const j = plainRunEnd(source, i);
    lines.push('x');
    first.push(i);
    last.push(j);
    i = j;
  }
  return { text: lines.join('\n'), first, last };
}

/**
 * Last line of the run of plain lines starting at `start`: through blank lines to more plain
 * lines, but never taking in a paragraph that a setext underline (`===`, `---`) turns into a
 * heading, and never ending on a blank line (a following `---` must stay a thematic break).
 */
function plainRunEnd(source: SourceText, start: number): number {
  const n = source.lineCount;
  const plain = (k: number) => isPlainProse(source.line(k));
  let end = start;
  for (;;) {
    while (end + 1 < n && plain(end + 1)) end++;
    let next = end + 1;
    while (next < n && source.line(next).trim() === '') next++;
    if (next === end + 1 || next >= n || !plain(next)) return end;
    let paragraphEnd = next;
    while (paragraphEnd + 1 < n && plain(paragraphEnd + 1)) paragraphEnd++;
    if (paragraphEnd + 1 < n && SETEXT_UNDERLINE.test(source.line(paragraphEnd + 1))) return end;
    end = paragraphEnd;
  }
}

const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;

function isPlainProse(line: string): boolean {
  if (line.length < 2) return false;
  let i = 0;
  while (i < line.length && line[i] === ' ') i++;
  // Four spaces or a TAB make indented code; keep those lines as they are.
  if (i > 3 || line[i] === '\t') return false;
  if (i >= line.length) return false;
  // A digit opens a block only as an ordered list marker (1. or 1) then a space): 2022年… is prose.
  if (isDigit(line.charCodeAt(i))) return !ORDERED_LIST_MARKER.test(line.slice(i, i + 12));
  return !STRUCTURE_START.has(line[i]);
}

const ORDERED_LIST_MARKER = /^\d{1,9}[.)](?:[ \t]|$)/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A GFM table ends at the first line without a pipe, so a blank or comment line inside it
 * leaves the rest as pipe rows of a second table: join them again when nothing but such
 * lines stands between the two.
 */
function mergeCutTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.type === 'table' && prev?.type === 'table' && isPipeLayout(prev) && isPipeLayout(b)) {
      out[out.length - 1] = { ...prev, rows: [...prev.rows, ...b.rows], span: { start: prev.span.start, end: b.span.end } };
    } else {
      out.push(b);
    }
  }
  return out;
}

function isPipeLayout(t: Table): boolean {
  return t.layout === 'pipe-rows';
}

function isIgnorable(node: RootContent): boolean {
  return node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'html';
}
