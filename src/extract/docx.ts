import mammoth from 'mammoth';
import { proseBlock, type Block, type Document } from '../document.js';
import type { Folding } from '../folding.js';
import { SourceText, type Span } from '../source-text.js';
import { extractHtml, readHtmlBytes } from './html.js';
import type { Extracted, ReadResult } from './input-kinds.js';
import { gateOffice } from './office-gate.js';
import { cellAt, renderLines } from './synthetic-text.js';
import type { ReadLimits } from './zip-limits.js';

/**
 * Word .docx: mammoth (a maintained docx reader) turns the document into HTML, with merged
 * cells (gridSpan, vMerge) as colspan/rowspan; the HTML reader rebuilds headings, paragraphs
 * and full table grids from it. Since a .docx has no lines, positions count in a rendering of
 * the document as text, one line per paragraph and per table row (synthetic-text.ts), and
 * `locate` says where that is in Word terms.
 */
export async function readDocx(bytes: Uint8Array, folding: Folding, limits: ReadLimits): Promise<ReadResult> {
  const gate = await gateOffice(bytes, 'word', limits);
  if (gate === 'html') return readHtmlBytes(bytes, folding);
  if (gate !== 'zip') return gate;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images carry no text we read: skip decoding them into data URIs.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    return { failure: 'file-corrupt', data: { reason: error instanceof Error ? error.message : String(error) } };
  }
  return renderDocx(extractHtml(new SourceText(html), folding));
}

type LineInfo = { paragraph: number } | { table: number; row: number };

/** Blocks read from mammoth's HTML, re-positioned in the one-line-per-block rendering. */
export function renderDocx(blocks: Block[]): Extracted {
  const lines: string[][] = [];
  const info: LineInfo[] = [];
  let paragraphs = 0;
  let tables = 0;
  for (const block of blocks) {
    if (block.type === 'table') {
      tables++;
      block.rows.forEach((row, r) => {
        lines.push(row.map((c) => c.text));
        info.push({ table: tables, row: r + 1 });
      });
    } else {
      lines.push([block.text]);
      info.push({ paragraph: ++paragraphs });
    }
  }
  const rendered = renderLines(lines);
  const document: Document = { blocks: [] };
  let l = 0;
  for (const block of blocks) {
    if (block.type === 'table') {
      const rows = rendered.lines.slice(l, l + block.rows.length);
      l += rows.length;
      const last = rows[rows.length - 1];
      document.blocks.push({ type: 'table', layout: 'docx', rows, span: { start: rows[0][0].span.start, end: last[last.length - 1].span.end } });
    } else {
      const [cell] = rendered.lines[l++];
      document.blocks.push(proseBlock(block.type, cell.text, cell.span));
    }
  }
  const locate = (span: Span) => {
    const where = info[span.start.line - 1];
    const cells = rendered.lines[span.start.line - 1];
    if (!where || !cells) return undefined;
    if ('paragraph' in where) return { unit: 'docx', paragraph: where.paragraph, text: excerpt(cells[0].text, span.start.column) };
    const c = cellAt(cells, span.start.column);
    return { unit: 'docx', table: where.table, row: where.row, column: c + 1, text: cells[c].text };
  };
  return { source: rendered.source, document, locate };
}

/** Up to 24 characters of a paragraph around a column, enough to find it with Ctrl+F. */
function excerpt(text: string, column: number): string {
  const chars = [...text];
  const from = Math.max(0, column - 1 - 8);
  return chars.slice(from, from + 24).join('');
}
