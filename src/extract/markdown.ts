import type { Root, RootContent, Table as MdTable } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, Cell, Table } from '../document.js';
import type { Folding } from '../folding.js';
import type { SourceText } from '../source-text.js';
import { trimmedCell } from './cells.js';
import { extractPlainText } from './plain-text.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Markdown: remark gives the structure (headings, GFM tables with exact positions); every
 * other top-level block is read line by line as plain text, so a report pasted into a
 * Markdown file (TAB-led cells become code blocks) still yields its tables.
 *
 * remark's cost grows with every character of the long Chinese paragraphs, which carry no
 * Markdown structure we need, so remark parses a skeleton: the same lines, each plain prose
 * line shortened to one character. Lines with structure (headings, tables, lists, code,
 * HTML) are kept verbatim, so remark's line and column on them are the source's.
 */
export function extractMarkdown(source: SourceText, folding: Folding): Block[] {
  const tree = processor.parse(skeleton(source)) as Root;
  const offset = (p: { line: number; column: number }) => source.lineStarts[p.line - 1] + p.column - 1;
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (!node.position) continue;
    const start = offset(node.position.start);
    const end = offset(node.position.end);
    if (node.type === 'table') {
      blocks.push(gfmTable(node, source, offset));
    } else if (node.type === 'heading') {
      // The heading's text without its `#` marks (a setext heading: its first line), so that
      // offsets into it stay verbatim.
      const firstLineEnd = Math.min(end, source.lineEnds[node.position.start.line - 1]);
      const raw = source.text.slice(start, firstLineEnd);
      const lead = /^\s*#*\s*/.exec(raw)?.[0].length ?? 0;
      const trail = /\s*#*\s*$/.exec(raw)?.[0].length ?? 0;
      const cell = trimmedCell(source, start + lead, Math.max(start + lead, firstLineEnd - trail));
      blocks.push({ type: 'heading', text: cell.text, span: cell.span });
    } else if (!isIgnorable(node)) {
      // A fenced block is read without its fence lines; an indented one (TAB-led cells
      // pasted from Word) as it is.
      const fenced = node.type === 'code' && /^\s*(```|~~~)/.test(source.line(node.position.start.line - 1));
      const from = node.position.start.line - (fenced ? 0 : 1);
      const to = node.position.end.line - (fenced && /^\s*(```|~~~)/.test(source.line(node.position.end.line - 1)) ? 1 : 0);
      blocks.push(...extractPlainText(source, folding, from, to));
    }
  }
  return mergeCutTables(blocks);
}

/** Characters that can open a Markdown block (or a table row) at the start of a line. */
const STRUCTURE_START = new Set([...'#>*+-=_`~<|[!:0123456789']);

/** The source with every plain prose line replaced by `x` (same line count). */
function skeleton(source: SourceText): string {
  const lines: string[] = [];
  for (let i = 0; i < source.lineCount; i++) {
    const line = source.line(i);
    lines.push(isPlainProse(line) ? 'x' : line);
  }
  return lines.join('\n');
}

function isPlainProse(line: string): boolean {
  if (line.length < 8 || line.includes('|')) return false;
  let i = 0;
  while (i < line.length && line[i] === ' ') i++;
  // Four spaces or a TAB make indented code; keep those lines as they are.
  if (i > 3 || line[i] === '\t') return false;
  return i < line.length && !STRUCTURE_START.has(line[i]);
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
  return t.layout === 'gfm' || t.layout === 'pipe-rows';
}

function isIgnorable(node: RootContent): boolean {
  return node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'html';
}

type ToOffset = (p: { line: number; column: number }) => number;

function gfmTable(node: MdTable, source: SourceText, offset: ToOffset): Table {
  const rows: Cell[][] = node.children.map((row) =>
    row.children.map((cell) => pipeCell(source, offset(cell.position!.start), offset(cell.position!.end))),
  );
  return {
    type: 'table',
    layout: 'gfm',
    rows,
    span: source.span(offset(node.position!.start), offset(node.position!.end)),
  };
}

/** A GFM cell's position may include its leading pipe; the cell text is what lies between pipes. */
function pipeCell(source: SourceText, start: number, end: number): Cell {
  let s = start;
  let e = end;
  if (source.text[s] === '|') s++;
  if (e > s && source.text[e - 1] === '|') e--;
  return trimmedCell(source, s, e);
}
