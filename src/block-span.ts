import type { Heading, Paragraph } from './document.js';
import type { SourceText, Span } from './source-text.js';

/**
 * The source span of `text.slice(index, index + length)` of a paragraph or heading, whether
 * its text is a verbatim slice of the source (text files, Markdown, .docx) or was gathered
 * from markup (HTML, whose blocks carry a source map).
 */
export function textSpan(block: Paragraph | Heading, source: SourceText, index: number, length: number): Span {
  const map = block.sourceMap;
  if (!map) {
    const start = block.span.start.offset + index;
    return source.span(start, start + length);
  }
  const last = Math.max(index, index + length - 1);
  const start = map.starts[index] ?? block.span.end.offset;
  const end = length === 0 ? start : (map.ends[last] ?? block.span.end.offset);
  return source.span(start, end);
}
