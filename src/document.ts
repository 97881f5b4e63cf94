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
}

export interface Paragraph {
  type: 'paragraph';
  text: string;
  span: Span;
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
  /** Set when `text` was joined from several source lines, so it is not a verbatim slice. */
  joined?: boolean;
}
