import type { Span } from '../source-text.js';
import { foldDigits } from '../value.js';
import type { Suggestion } from './types.js';

/**
 * One fix for one or more edits, as ESLint merges them: the range from the first to the last,
 * the text between kept. Offsets are into the file's text without a byte-order mark. No fix
 * when a number is not where its span says (the cell text was rebuilt, not sliced).
 */
export function mergeEdits(edits: Array<{ span: Span; text: string; printed?: string }>, text: string): Suggestion['fix'] | undefined {
  const sorted = [...edits].sort((a, b) => a.span.start.offset - b.span.start.offset);
  for (const e of sorted) {
    if (e.span.start.offset < 0) return undefined;
    if (e.printed !== undefined && foldDigits(text.slice(e.span.start.offset, e.span.end.offset)) !== foldDigits(e.printed)) return undefined;
  }
  const start = sorted[0].span.start.offset;
  const end = sorted[sorted.length - 1].span.end.offset;
  let out = '';
  let at = start;
  for (const e of sorted) {
    out += text.slice(at, e.span.start.offset) + e.text;
    at = e.span.end.offset;
  }
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { range: [start - bom, end - bom], text: out };
}
