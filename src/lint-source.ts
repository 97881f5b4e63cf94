import { runChecks } from './check/engine.js';
import type { Lang } from './check/types.js';
import { fromText, inputKindOf, type Extracted } from './extract/input-kinds.js';
import { loadFolding } from './folding.js';
import { metaMessage, metaRules, type MetaRuleId } from './meta.js';
import { loadPacks, type Severity } from './packs.js';
import { recognise, type Report } from './recognise/report.js';
import { fileResult, type FileResult, type LintMessage } from './result.js';

export interface LintOptions {
  lang: Lang;
  /** Severity per rule id, overriding the packs' defaults. */
  rules: Record<string, Severity>;
}

export const defaultOptions: LintOptions = { lang: 'zh', rules: {} };

/** bytes → text → Document → Report → findings: everything about one file, no I/O. Async because .docx/.xlsx readers are. */
export async function lintBytes(filePath: string, bytes: Uint8Array, options: LintOptions): Promise<FileResult> {
  const read = await inputKindOf(filePath).read(bytes, loadFolding());
  if ('failure' in read) return fileResult(filePath, [fileMessage(read.failure, options, read.data)]);
  return lintExtracted(filePath, read, options);
}

/** Lints text already in memory, read as Markdown or plain text. */
export function lintText(filePath: string, text: string, kind: 'markdown' | 'text', options: LintOptions): FileResult {
  return lintExtracted(filePath, fromText(text, kind, loadFolding()), options);
}

function lintExtracted(filePath: string, extracted: Extracted, options: LintOptions): FileResult {
  const { source, document: doc } = extracted;
  if (source.text.trim() === '' && doc.blocks.length === 0) return fileResult(filePath, [fileMessage('file-empty', options)]);
  const folding = loadFolding();
  const report = recognise(doc, loadPacks(), source, folding);
  if (!report.pack) {
    const tables = doc.blocks.filter((b) => b.type === 'table').length;
    return fileResult(filePath, [fileMessage('no-statistics-table', options, { tables })], { encoding: extracted.encoding });
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
  if (extracted.locate) addLocations(messages, extracted.locate);
  return fileResult(filePath, messages, {
    encoding: extracted.encoding,
    format: report.pack.format,
    recognised: { tables: report.tables.length, items: report.values.size },
    stats,
  });
}

/** Positions a person can find in Word or Excel, for inputs that are not text files. */
function addLocations(messages: LintMessage[], locate: NonNullable<Extracted['locate']>) {
  const at = (line: number, column: number, endLine: number, endColumn: number) =>
    locate({ start: { line, column, offset: -1 }, end: { line: endLine, column: endColumn, offset: -1 } });
  for (const m of messages) {
    const location = at(m.line, m.column, m.endLine, m.endColumn);
    if (location) m.location = location;
    for (const r of m.related ?? []) {
      const rl = at(r.line, r.column, r.endLine, r.endColumn);
      if (rl) r.location = rl;
    }
  }
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
