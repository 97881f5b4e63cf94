import { proseBlock, type Block, type Cell } from '../document.js';
import { SourceText, type Position, type Span } from '../source-text.js';
import type { Extracted } from './input-kinds.js';
import { appendAll } from '../append-all.js';

/**
 * Several files read as one report (a .docx narrative and its .xlsx statistics table): their
 * texts one after the other, so that line numbers go on counting from one file into the
 * next, and `locate` says which file, and where in it, a line belongs to.
 */
export function combineExtracted(parts: Array<{ file: string; extracted: Extracted }>): Extracted {
  let text = '';
  const ranges: Array<{ file: string; firstLine: number; lines: number; extracted: Extracted }> = [];
  const blocks: Block[] = [];
  let lineBase = 0;
  for (const [i, part] of parts.entries()) {
    if (i > 0) text += '\n';
    const shift = { lines: lineBase, offset: text.length };
    text += part.extracted.source.text;
    ranges.push({ file: part.file, firstLine: lineBase + 1, lines: part.extracted.source.lineCount, extracted: part.extracted });
    appendAll(blocks, part.extracted.document.blocks.map((b) => shiftBlock(b, shift)));
    lineBase += part.extracted.source.lineCount;
  }
  const locate = (span: Span) => {
    const range = ranges.find((r) => span.start.line >= r.firstLine && span.start.line < r.firstLine + r.lines);
    if (!range) return undefined;
    const back = (p: Position): Position => ({ ...p, line: p.line - range.firstLine + 1 });
    const local = { start: back(span.start), end: back(span.end) };
    const where = range.extracted.locate?.(local) ?? { line: local.start.line, column: local.start.column };
    return { file: range.file, ...where };
  };
  return { source: new SourceText(text), document: { blocks }, encoding: parts[0]?.extracted.encoding, locate };
}

interface Shift {
  lines: number;
  offset: number;
}

function shiftBlock(block: Block, by: Shift): Block {
  if (block.type === 'table') {
    return { ...block, span: shiftSpan(block.span, by), rows: block.rows.map((row) => row.map((c): Cell => ({ ...c, span: shiftSpan(c.span, by) }))) };
  }
  const map = block.sourceMap;
  return proseBlock(block.type, block.text, shiftSpan(block.span, by), map ? { starts: map.starts.map((o) => o + by.offset), ends: map.ends.map((o) => o + by.offset) } : undefined);
}

function shiftSpan(span: Span, by: Shift): Span {
  const move = (p: Position): Position => ({ line: p.line + by.lines, column: p.column, offset: p.offset + by.offset });
  return { start: move(span.start), end: move(span.end) };
}
