import type { Slip } from './slips.js';

/** ESLint's suggestion shape: editors offer it, nothing applies it on its own. */
export interface Suggestion {
  desc: string;
  /** Offsets into the file's text; absent for .docx/.xlsx input, whose text is a rendering. */
  fix?: { range: [number, number]; text: string };
}

/** A cell a localisation proposes to change. */
export interface ExplainedCell {
  key: string;
  label: string;
  from: number;
  to: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  slip?: Slip;
}

/** Which number is probably wrong, and what it should be (src/explain/localise.ts). */
export interface Explanation {
  /** One sentence in the run's language. */
  text: string;
  /** The best-ranked smallest set of changes; empty when more than two numbers would have to change. */
  cells: ExplainedCell[];
  slip?: Slip;
  /** Failing checks that all pass after the change. */
  checksFixed: number;
  /** True when exactly one smallest set of changes exists. */
  unique: boolean;
  /** Other sets of the same size, in rank order. */
  alternatives?: Array<{ cells: ExplainedCell[]; slip?: Slip }>;
  /** Equally small sets not listed. */
  more?: number;
  /** Set when no change of one or two numbers makes every failing check pass. */
  needsMore?: true;
  /** Source lines of the cells involved (text inputs only), for a code frame; `column` is where `text` starts when a long line was cut. */
  frame?: Array<{ line: number; text: string; column?: number }>;
}
