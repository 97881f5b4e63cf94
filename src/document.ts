import type { Span } from './source-text.js';

/** What every extractor produces, whatever the input kind. */
export interface Document {
  blocks: Block[];
}

export type Block = Heading | Paragraph | Table;

export interface Heading {
  type: 'heading';
  text: string;
  span: Span;
  sourceMap?: SourceMap;
}

export interface Paragraph {
  type: 'paragraph';
  text: string;
  span: Span;
  sourceMap?: SourceMap;
}

/**
 * A heading or paragraph, made with every field in one order (`sourceMap` undefined when the
 * text is the source verbatim): V8 then gives all prose blocks one hidden class, where a block
 * with a source map and one without were two, and code optimised for the one was thrown away
 * when the other came (readers of HTML after readers of text).
 */
export function proseBlock<T extends 'heading' | 'paragraph'>(type: T, text: string, span: Span, sourceMap?: SourceMap): { type: T; text: string; span: Span; sourceMap?: SourceMap } {
  return { type, text, span, sourceMap };
}

/**
 * For prose whose text is not a verbatim slice of the source (HTML: entities, inline tags,
 * wrapped source lines): the source offset where each UTF-16 unit of `text` starts and just
 * past where it ends. Use `textSpan` (src/block-span.ts) to point at a part of the text.
 * A paragraph or heading without one must be its source verbatim from its span's start: the
 * prose readers rely on it (src/narrative/paragraphs.ts).
 */
export interface SourceMap {
  starts: number[];
  ends: number[];
}

export interface Table {
  type: 'table';
  /** Which reader rebuilt it: 'cell-per-line', 'pipe-rows', 'space-columns', 'gfm', … */
  layout: string;
  rows: Cell[][];
  span: Span;
}

export interface Cell {
  /** The cell text with surrounding whitespace removed. */
  text: string;
  /** Span of `text` in the source (an empty cell gets a zero-width span where it would be). */
  span: Span;
  /**
   * True when `text` was joined from several source lines, so it is not a verbatim slice. Always
   * present: cells of two shapes (with and without it) made the readers' code polymorphic.
   */
  joined: boolean;
}
