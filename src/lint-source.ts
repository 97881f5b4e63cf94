import { runChecks } from './check/engine.js';
import type { Lang } from './check/types.js';
import { decode } from './decode.js';
import { extractText, type TextKind } from './extract/index.js';
import { loadFolding } from './folding.js';
import { metaMessage, metaRules, type MetaRuleId } from './meta.js';
import { loadPacks, type Severity } from './packs.js';
import { recognise, type Report } from './recognise/report.js';
import { fileResult, type FileResult, type LintMessage } from './result.js';
import { SourceText } from './source-text.js';

export interface LintOptions {
  lang: Lang;
  /** Severity per rule id, overriding the packs' defaults. */
  rules: Record<string, Severity>;
}

export const defaultOptions: LintOptions = { lang: 'zh', rules: {} };

/** bytes → decoded text → Document → Report → findings: everything about one file, no I/O. */
export function lintBytes(filePath: string, bytes: Uint8Array, kind: TextKind, options: LintOptions): FileResult {
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const id: MetaRuleId = decoded.reason === 'empty' ? 'file-empty' : decoded.reason === 'binary' ? 'file-binary' : 'file-undecodable';
    return fileResult(filePath, [fileMessage(id, options)]);
  }
  const result = lintText(filePath, decoded.text, kind, options);
  result.encoding = decoded.encoding;
  return result;
}

export function lintText(filePath: string, text: string, kind: TextKind, options: LintOptions): FileResult {
  if (text.trim() === '') return fileResult(filePath, [fileMessage('file-empty', options)]);
  const folding = loadFolding();
  const source = new SourceText(text);
  const doc = extractText(source, kind, folding);
  const report = recognise(doc, loadPacks(), source, folding);
  if (!report.pack) {
    const tables = doc.blocks.filter((b) => b.type === 'table').length;
    return fileResult(filePath, [fileMessage('no-statistics-table', options, { tables })]);
  }
  const { findings, stats } = runChecks(report, options.rules, options.lang);
  const messages: LintMessage[] = findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: f.span.start.line,
    column: f.span.start.column,
    endLine: f.span.end.line,
    endColumn: f.span.end.column,
    ...(f.related.length > 0 ? { related: f.related } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
  }));
  messages.push(...ambiguousRows(report, options));
  return fileResult(filePath, messages, {
    format: report.pack.format,
    recognised: { tables: report.tables.length, items: report.values.size },
    stats,
  });
}

/** Rows whose numbers could not be assigned to columns: a warning each, at the row's label. */
function ambiguousRows(report: Report, options: LintOptions): LintMessage[] {
  const severity = options.rules['table-row-ambiguous'] ?? metaRules()['table-row-ambiguous'].severity;
  if (severity === 'off') return [];
  return report.tables.flatMap((t) =>
    t.ambiguous.map((a) => ({
      ruleId: 'table-row-ambiguous',
      severity: severity === 'error' ? (2 as const) : (1 as const),
      message: metaMessage('table-row-ambiguous', options.lang, { label: a.label.text, found: a.found, expected: a.expected }),
      line: a.label.span.start.line,
      column: a.label.span.start.column,
      endLine: a.label.span.end.line,
      endColumn: a.label.span.end.column,
    })),
  );
}

export function fileMessage(id: MetaRuleId, options: LintOptions, data: Record<string, string | number> = {}): LintMessage {
  const rule = metaRules()[id];
  const severity = options.rules[id] === 'warn' ? 1 : 2;
  return {
    ruleId: id,
    severity,
    message: metaMessage(id, options.lang, data),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ...(rule.fatal ? { fatal: true } : {}),
  };
}
