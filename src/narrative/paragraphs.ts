import type { Heading, Paragraph } from '../document.js';
import type { SourceText, Span } from '../source-text.js';
import type { NarrativePolicy } from './policy.js';

/**
 * A paragraph as a reader sees it. PDF text and Markdown wrap one paragraph over several lines,
 * each of which the extractors give as a block of its own; the lines are joined here (without
 * a separator, as Chinese text needs none) so a sentence split at a line end is read whole.
 * Every index into `text` maps back to a source offset, so a finding points at the character.
 */
export interface Para {
  /**
   * The joined text; once narrativeOf has read the paragraph, with full-width digits folded to
   * ASCII (foldNumberText: same length as the original).
   */
  text: string;
  /** The top-level section (一、总体情况 …) the paragraph is in, when the report has headings. */
  section?: string;
  isHeading: boolean;
  /**
   * Where each joined line starts in `text` (`at`) and in the source. A line that is a verbatim
   * slice of the source maps by adding `start`; `offsets` (one per character) is kept only for
   * text an extractor rebuilt, so a long paragraph does not cost eight bytes per character.
   */
  pieces: Piece[];
  /** Indices of the characters that end a sentence, found when first asked for (src/narrative/target.ts). */
  sentenceEnds?: number[];
}

type Block = Paragraph | Heading;
type Piece = { at: number; start: number; length: number; offsets?: number[] };

/** How far ahead in the source a rebuilt character is looked for (past tags and entities). */
const LOOKAHEAD = 4096;

export function readParagraphs(prose: Block[], source: SourceText, policy: NarrativePolicy): Para[] {
  const out: Para[] = [];
  let section: string | undefined;
  let current: Para | undefined;
  let last: Block | undefined;
  let lastAlone = false;
  for (const block of prose) {
    // Each line is tested once, not again as the line before the next one.
    const headingText = policy.layout.heading.test(block.text);
    const alone = headingText || policy.layout.footer.test(block.text);
    if (current && last && continues(last, lastAlone, block, alone, policy)) {
      current.pieces.push(pieceOf(block, source, current.text.length));
      current.text += block.text;
    } else {
      const isHeading = block.type === 'heading' || headingText;
      if (headingText) section = block.text.trim();
      current = {
        text: block.text,
        section: isHeading ? undefined : section,
        isHeading,
        pieces: [pieceOf(block, source, 0)],
        sentenceEnds: undefined,
      };
      out.push(current);
    }
    last = block;
    lastAlone = alone;
  }
  return out;
}

/**
 * The next line carries on the paragraph: adjacent, not indented, and neither line stands alone
 * (`aAlone`, `bAlone`: the line is a heading or a footer).
 */
function continues(a: Block, aAlone: boolean, b: Block, bAlone: boolean, policy: NarrativePolicy): boolean {
  if (a.type !== 'paragraph' || b.type !== 'paragraph') return false;
  if (b.span.start.line !== a.span.end.line + 1 || b.span.start.column !== 1) return false;
  return !aAlone && !bAlone && !policy.layout.paragraphEnd.test(a.text);
}

/**
 * The piece of a paragraph a block makes, at `at` in the paragraph's text: the source offset of
 * each index of the block's text (plus one past the end). Text that is a verbatim slice of the
 * source maps directly; text an extractor rebuilt (HTML: it comes with a
 * source map) is aligned character by character, skipping what the source has in between
 * (tags, line breaks).
 */
function pieceOf(block: Block, source: SourceText, at: number): Piece {
  const start = block.span.start.offset;
  const { text } = block;
  // A block without a source map is a verbatim slice of the source (src/document.ts): proving it
  // again with startsWith cost a comparison of every character of the prose.
  if (!block.sourceMap || source.text.startsWith(text, start)) return { at, start, length: text.length };
  const offsets: number[] = [];
  const limit = Math.max(block.span.end.offset, start);
  let j = start;
  for (let i = 0; i < text.length; i++) {
    // A character the source writes otherwise (`&lt;`) is looked for only so far ahead: an
    // unbounded search per character made a long paragraph of entities quadratic.
    const stop = Math.min(limit, j + LOOKAHEAD);
    let k = j;
    while (k < stop && source.text[k] !== text[i]) k++;
    if (k === stop) k = limit;
    if (k < limit) j = k;
    offsets.push(Math.min(j, limit));
    if (k < limit) j++;
  }
  offsets.push(Math.min(j, limit));
  return { at, start, length: text.length, offsets };
}

export function offsetAt(para: Para, index: number): number {
  let piece = para.pieces[0];
  for (const p of para.pieces) if (p.at <= index) piece = p;
  const i = Math.min(index - piece.at, piece.length);
  return piece.offsets ? piece.offsets[i] : piece.start + i;
}

/** The source span of text[from, to) of a paragraph. */
export function spanOf(para: Para, source: SourceText, from: number, to: number): Span {
  const start = offsetAt(para, from);
  const end = to > from ? offsetAt(para, to - 1) + 1 : start;
  return source.span(start, end);
}
