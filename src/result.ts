import type { CheckStats } from './check/engine.js';
import type { RelatedCell } from './check/types.js';
import type { Explanation, Suggestion } from './explain/types.js';
import type { ReportView } from './report-view.js';

/** One message, in the shape ESLint's JSON formatter prints, plus our extra fields. */
export interface LintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
  /** The template cell the message is at (`t3.total.np`): stable across edits elsewhere. */
  key?: string;
  related?: RelatedCell[];
  expected?: number;
  actual?: number;
  /** For .docx/.xlsx input: where the cell or paragraph is (table, row, column; sheet!cell). */
  location?: Record<string, unknown>;
  /** Changes an editor may offer (ESLint's shape); never applied by the tool (src/explain/). */
  suggestions?: Suggestion[];
  /** Which number is probably wrong and what it should be, when the checks can tell. */
  explanation?: Explanation;
}

export interface FileResult {
  filePath: string;
  messages: LintMessage[];
  /** Messages silenced by a disable comment, with its reason (ESLint's field of the same name). */
  suppressedMessages: Array<LintMessage & { suppressions: Array<{ kind: string; justification: string }> }>;
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  /** legacy / 2019 / 2021, or unknown when no table was recognised. */
  format: string;
  encoding?: string;
  recognised: { tables: number; items: number };
  stats: CheckStats;
  /** The recognised tables and the prose, when asked for (the html format shows them). */
  view?: ReportView;
}

export function emptyStats(): CheckStats {
  return { run: 0, passed: 0, failed: 0, unevaluated: 0 };
}

/**
 * A file's result. Built field by field, not by spreading `extra`: results then come in two or
 * three shapes (a spread made one per set of extra fields, and V8 threw away code optimised for
 * one shape when another came). The optional fields follow the rest, as the spread put them.
 */
export function fileResult(filePath: string, messages: LintMessage[], extra: Partial<FileResult> = {}): FileResult {
  const sorted = messages.slice();
  if (sorted.length > 1) sorted.sort(byPosition);
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    if (m.severity === 2) errorCount++;
    else if (m.severity === 1) warningCount++;
    if (m.fatal) fatalErrorCount++;
  }
  const result: FileResult = {
    filePath,
    messages: sorted,
    suppressedMessages: extra.suppressedMessages ?? [],
    errorCount,
    warningCount,
    fatalErrorCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    format: extra.format ?? 'unknown',
    recognised: extra.recognised ?? { tables: 0, items: 0 },
    stats: extra.stats ?? emptyStats(),
  };
  if (extra.encoding !== undefined) result.encoding = extra.encoding;
  if (extra.view !== undefined) result.view = extra.view;
  return result;
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
