import { evaluate, type Evaluated } from '../check/operand.js';
import { formatNumber, valueName, type Lang, type RelatedCell } from '../check/types.js';
import type { Report } from '../recognise/report.js';
import type { SourceText } from '../source-text.js';
import type { Para } from './paragraphs.js';
import { spanOf } from './paragraphs.js';

export type Known = Extract<Evaluated, { ok: true }>;

/** The table value of some item keys (a sum when several), or not known when any is missing or blank. */
export function tableValue(keys: string[], report: Report): Evaluated {
  return evaluate({ sum: keys }, report);
}

/** `「（一）予以公开[总计]」16`, or `「…」0 + 「…」1 = 1` for a sum. */
export function describeTable(e: Known, lang: Lang): string {
  const terms = e.terms.map((t) => `「${valueName(t, lang)}」${t.value.text}`);
  return terms.length === 1 ? terms[0] : `${terms.join(' + ')} = ${formatNumber(e.value)}`;
}

/** A place in the prose listed next to a finding (the parts of a total, the shares of a partition). */
export function proseRelated(para: Para, source: SourceText, from: number, to: number, label: string): RelatedCell {
  const span = spanOf(para, source, from, to);
  return {
    key: 'prose',
    label,
    value: para.text.slice(from, to),
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
}
