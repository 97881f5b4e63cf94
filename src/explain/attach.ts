import type { Lang } from '../check/types.js';
import type { Severity } from '../packs.js';
import type { Report } from '../recognise/report.js';
import type { LintMessage } from '../result.js';
import { tableConstraints, type CellVar, type Constraint, type ConstraintSet } from './constraints.js';
import { cellLabel, changeText, explanationText, type Proposal } from './describe.js';
import { mergeEdits } from './fix.js';
import { frameLines, type FrameCell } from './frame.js';
import { localise, type Candidate } from './localise.js';
import { addProseConstraints } from './prose-constraints.js';
import { ruleIdsWithKinds } from './rule-kinds.js';
import { formatValue } from './slips.js';
import type { ExplainedCell, Explanation, Suggestion } from './types.js';
import { unitSuggestions } from './unit-slip.js';

export interface ExplainOptions {
  severities: Record<string, Severity>;
  lang: Lang;
  tolerance?: number;
  ruleTolerance?: Record<string, number>;
  /** false for .docx/.xlsx input: its text is a rendering, so no offsets and no code frame. */
  textSource: boolean;
}

/** Alternatives listed in the JSON (and offered as suggestions) besides the best one. */
const MAX_LISTED = 6;

/**
 * Adds `suggestions` (ESLint's shape) and `explanation` to the messages of failing checks:
 * which number to change, and to what, so that every failing check of the table passes
 * (src/explain/localise.ts). Numbers are never changed here: a suggestion is only offered.
 */
export function explainFindings(messages: LintMessage[], report: Report, options: ExplainOptions): void {
  try {
    explain(messages, report, options);
  } catch {
    // An explanation is an extra: the findings stand without it, whatever the input.
  }
}

function explain(messages: LintMessage[], report: Report, options: ExplainOptions): void {
  if (!report.pack || messages.length === 0) return;
  // Only findings of sum, compare and prose-claim checks can be localised.
  const linear = ruleIdsWithKinds(report.pack, LINEAR_KINDS);
  if (!messages.some((m) => linear.has(m.ruleId))) return;
  const set = tableConstraints(report, options);
  addProseConstraints(set, report, options);
  const byPlace = new Map<string, LintMessage[]>();
  for (const m of messages) byPlace.set(place(m.ruleId, m.line, m.column), [...(byPlace.get(place(m.ruleId, m.line, m.column)) ?? []), m]);
  const messagesOf = (c: Constraint) => byPlace.get(place(c.ruleId, c.at.start.line, c.at.start.column)) ?? [];
  for (const loc of localise(set)) {
    const best = loc.candidates[0];
    const targets = best ? [...new Set([...loc.failing, ...best.fixes])] : loc.failing;
    const explanation = describe(loc.candidates, targets.length, set, options);
    const suggestions = options.textSource ? loc.candidates.slice(0, MAX_LISTED + 1).map((c) => suggestion(c, set, report, options.lang)) : [];
    // The cells every message of this component shows as suspected: the same for each.
    const suspected = options.textSource ? suspectedFrames(loc.candidates, set) : [];
    for (const c of targets) {
      for (const m of messagesOf(c)) {
        if (m.explanation) continue;
        // Object.assign, not a spread with a new key: V8 (Node 20) gives each such object a
        // hidden class of its own.
        m.explanation = Object.assign({}, explanation, options.textSource ? { frame: frame(m, suspected, set, report) } : {});
        if (loc.candidates.length > 0) m.suggestions = options.textSource ? suggestions : loc.candidates.slice(0, MAX_LISTED + 1).map((c) => ({ desc: desc(c, set, options.lang) }));
      }
    }
  }
  unitSuggestions(messages, report, options);
}

const LINEAR_KINDS = ['sum', 'compare', 'claim-value', 'unit'];

function place(ruleId: string, line: number, column: number): string {
  return `${ruleId}@${line}:${column}`;
}

function describe(candidates: Candidate[], checks: number, set: ConstraintSet, options: ExplainOptions): Explanation {
  const proposals: Proposal[] = candidates.map((c) => ({ changes: c.changes.map((ch) => ({ cell: set.cells.get(ch.key)!, to: ch.to })), slip: c.slip }));
  const cellsOf = (c: Candidate) => c.changes.map((ch) => explainedCell(set.cells.get(ch.key)!, ch.to, ch.slip, options.lang));
  const [best, ...others] = candidates;
  const listed = others.slice(0, MAX_LISTED);
  return {
    text: explanationText(proposals, checks, options.lang),
    cells: best ? cellsOf(best) : [],
    ...(best?.slip ? { slip: best.slip } : {}),
    checksFixed: best ? checks : 0,
    unique: candidates.length === 1,
    ...(listed.length > 0 ? { alternatives: listed.map((c) => ({ cells: cellsOf(c), ...(c.slip ? { slip: c.slip } : {}) })) } : {}),
    ...(others.length > listed.length ? { more: others.length - listed.length } : {}),
    ...(best ? {} : { needsMore: true as const }),
  };
}

function explainedCell(cell: CellVar, to: number, slip: ExplainedCell['slip'], lang: Lang): ExplainedCell {
  const { start, end } = cell.span;
  return { key: cell.key, label: cellLabel(cell, lang), from: cell.value, to, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...(slip ? { slip } : {}) };
}

function desc(c: Candidate, set: ConstraintSet, lang: Lang): string {
  const text = changeText(c.changes.map((ch) => ({ cell: set.cells.get(ch.key)!, to: ch.to })), lang);
  return lang === 'zh' ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

function suggestion(c: Candidate, set: ConstraintSet, report: Report, lang: Lang): Suggestion {
  const edits = c.changes.map((ch) => ({ span: set.cells.get(ch.key)!.span, text: formatValue(ch.to), printed: set.cells.get(ch.key)!.text }));
  const fix = mergeEdits(edits, report.source.text);
  return { desc: desc(c, set, lang), ...(fix ? { fix } : {}) };
}

function asFrame(cell: CellVar): FrameCell {
  return { span: cell.span, labelSpan: cell.bound?.labelSpan };
}

/** The cells the listed candidates would change, in their order. */
function suspectedFrames(candidates: Candidate[], set: ConstraintSet): FrameCell[] {
  return candidates.slice(0, MAX_LISTED + 1).flatMap((c) => c.changes.map((ch) => asFrame(set.cells.get(ch.key)!)));
}

function frame(m: LintMessage, suspected: FrameCell[], set: ConstraintSet, report: Report): Explanation['frame'] {
  const own = set.cells.get(m.key ?? '') ?? ({ span: { start: { line: m.line, column: m.column, offset: -1 }, end: { line: m.endLine, column: m.endColumn, offset: -1 } } } as CellVar);
  const related: FrameCell[] = [];
  for (const r of m.related ?? []) {
    const cell = set.cells.get(r.key);
    if (cell) related.push(asFrame(cell));
  }
  return frameLines(report.source, suspected, asFrame(own), related);
}
