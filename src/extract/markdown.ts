import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, Table } from '../document.js';
import type { Folding } from '../folding.js';
import type { SourceText } from '../source-text.js';
import { trimmedCell } from './cells.js';
import { extractPlainText } from './plain-text.js';

const processor = unified().use(remarkParse);

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
  const tree = processor.parse(skeleton(source)) as Root;
  const offset = (p: { line: number; column: number }) => source.lineStarts[p.line - 1] + p.column - 1;
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (!node.position) continue;
    const start = offset(node.position.start);
    const end = offset(node.position.end);
    if (node.type === 'heading') {
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

/** Characters that can open a Markdown block at the start of a line (a `|` row is plain text here). */
const STRUCTURE_START = new Set([...'#>*+-=_`~<[!:0123456789']);

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
  if (line.length < 2) return false;
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
  return t.layout === 'pipe-rows';
}

function isIgnorable(node: RootContent): boolean {
  return node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'html';
}
