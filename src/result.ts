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

export function fileResult(filePath: string, messages: LintMessage[], extra: Partial<FileResult> = {}): FileResult {
  const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return {
    filePath,
    messages: sorted,
    suppressedMessages: [],
    errorCount: sorted.filter((m) => m.severity === 2).length,
    warningCount: sorted.filter((m) => m.severity === 1).length,
    fatalErrorCount: sorted.filter((m) => m.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    format: 'unknown',
    recognised: { tables: 0, items: 0 },
    stats: emptyStats(),
    ...extra,
  };
}
