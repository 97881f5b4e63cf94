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
 */
export function extractMarkdown(source: SourceText, folding: Folding): Block[] {
  const tree = processor.parse(source.text) as Root;
  const blocks: Block[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (node.type === 'table') {
      blocks.push(gfmTable(node, source));
    } else if (node.type === 'heading') {
      // The heading's text without its `#` marks, so that offsets into it stay verbatim.
      const raw = source.text.slice(start, end);
      const lead = /^\s*#+\s*/.exec(raw)?.[0].length ?? 0;
      const trail = /\s*#*\s*$/.exec(raw)?.[0].length ?? 0;
      const cell = trimmedCell(source, start + lead, Math.max(start + lead, end - trail));
      blocks.push({ type: 'heading', text: cell.text, span: cell.span });
    } else if (!isIgnorable(node)) {
      const firstLine = (node.position?.start.line ?? 1) - 1;
      const lastLine = (node.position?.end.line ?? 1) - 1;
      blocks.push(...extractPlainText(source, folding, firstLine, lastLine + 1));
    }
  }
  return blocks;
}

function isIgnorable(node: RootContent): boolean {
  return node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'html';
}

function gfmTable(node: MdTable, source: SourceText): Table {
  const rows: Cell[][] = node.children.map((row) =>
    row.children.map((cell) => {
      const s = cell.position!.start.offset!;
      const e = cell.position!.end.offset!;
      return pipeCell(source, s, e);
    }),
  );
  return {
    type: 'table',
    layout: 'gfm',
    rows,
    span: source.span(node.position!.start.offset!, node.position!.end.offset!),
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
