import './early-process-flags.js';
import path from 'node:path';
import { runChecks } from './check/engine.js';
import { isEmpty } from './is-empty.js';
import type { Lang } from './check/types.js';
import { fromText, inputKindOf, type Extracted } from './extract/input-kinds.js';
import { combineExtracted } from './extract/combine.js';
import { FileFailure } from './extract/file-failure.js';
import { explainFindings } from './explain/attach.js';
import { DEFAULT_LIMITS, type ReadLimits } from './extract/read-limits.js';
import { loadFolding } from './folding.js';
import { metaMessage, metaRules, type MetaRuleId } from './meta.js';
import { loadPacks, type Severity } from './packs.js';
import { recognise, type Report } from './recognise/report.js';
import { reportView } from './report-view.js';
import { related, type RelatedCell } from './check/types.js';
import type { BoundValue } from './recognise/bind-table.js';
import { applyDirectives, parseDirectives } from './directives.js';
import { fileResult, type FileResult, type LintMessage } from './result.js';
import { appendAll } from './append-all.js';
import { packFactsFrom, type ReportFacts } from './report-facts.js';
import { MAX_PARAGRAPH_CHARS, MAX_PROSE_CHARS, narrativeIfRead } from './narrative/narrative.js';
import { shareFactStrings } from './shared-strings.js';
import { detached, detachStrings } from './detached.js';
import { objectSlot } from './object-slot.js';
import { comparedAnchor, crossYearKeys } from './cross-year/keys.js';

export interface LintOptions {
  lang: Lang;
  /** Severity per rule id, overriding the packs' defaults. */
  rules: Record<string, Severity>;
  /** What the configuration says for this file beyond severities (see schema/disclosure-lint.schema.json). */
  settings?: LintSettings;
  /** Limits on unpacking .docx/.xlsx (zip-limits.ts); the defaults apply to what is not given. */
  limits?: Partial<ReadLimits>;
  /** Add the rebuilt tables and the prose to the result (`view`), for the html format. */
  includeView?: boolean;
}

export interface LintSettings {
  formats?: string[];
  agency?: string;
  tolerance?: number;
  ruleOptions?: Record<string, { tolerance?: number }>;
  noInlineConfig?: boolean;
  requireDirectiveReason?: boolean;
  reportUnusedDirectives?: Severity;
}

export const defaultOptions: LintOptions = { lang: 'zh', rules: {} };

/**
 * bytes → text → Document → Report → findings: everything about one file, no I/O. Async
 * because .docx/.xlsx readers are. `companions` are files read as part of the same report
 * (the .xlsx statistics table of a .docx narrative, src/extract/companions.ts).
 */
export async function lintBytes(
  filePath: string,
  bytes: Uint8Array,
  options: LintOptions,
  companions: Array<{ path: string; bytes: Uint8Array }> = [],
): Promise<FileResult> {
  try {
    return await readAndLint(filePath, bytes, options, companions);
  } catch (error) {
    return failedFile(filePath, error, options);
  }
}

async function readAndLint(filePath: string, bytes: Uint8Array, options: LintOptions, companions: Array<{ path: string; bytes: Uint8Array }>): Promise<FileResult> {
  // (Read only: the defaults themselves when nothing is set, not a new object per file.)
  const limits = options.limits ? { ...DEFAULT_LIMITS, ...options.limits } : DEFAULT_LIMITS;
  const parts: Array<{ file: string; extracted: Extracted }> = [];
  for (const part of [{ path: filePath, bytes }, ...companions]) {
    const read = await inputKindOf(part.path).read(part.bytes, loadFolding(), limits);
    if ('failure' in read) {
      const message = fileMessage(read.failure, options, read.data);
      return fileResult(filePath, [part.path === filePath ? message : { ...message, location: { file: path.basename(part.path) } }]);
    }
    parts.push({ file: path.basename(part.path), extracted: read });
  }
  return lintExtracted(filePath, parts.length === 1 ? parts[0].extracted : combineExtracted(parts), options);
}

/** Lints text already in memory, read as Markdown or plain text. */
export function lintText(filePath: string, text: string, kind: 'markdown' | 'text', options: LintOptions): FileResult {
  try {
    return lintExtracted(filePath, fromText(text, kind, loadFolding()), options);
  } catch (error) {
    return failedFile(filePath, error, options);
  }
}

/**
 * A file whose reading or checking threw: a fatal diagnostic for that file, so that one hostile
 * file never stops the run or loses the results of the others. A reader's FileFailure names its
 * own diagnostic; anything else is a bug, reported as internal-error with its message (the
 * property tests assert that no generated or mutated report ever gets one).
 */
function failedFile(filePath: string, error: unknown, options: LintOptions): FileResult {
  if (error instanceof FileFailure) return fileResult(filePath, [fileMessage(error.failure, options, error.data)]);
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return fileResult(filePath, [fileMessage('internal-error', options, { reason: reason.slice(0, 200) })]);
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
  const settings = options.settings ?? {};
  if (settings.agency) report.agency = { name: settings.agency, span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  const ruleTolerance = toleranceByRule(settings.ruleOptions);
  const { findings, stats } = runChecks(report, { severities: options.rules, lang: options.lang, tolerance: settings.tolerance, ruleTolerance });
  const messages: LintMessage[] = findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    ...(f.key ? { key: f.key } : {}),
    line: f.span.start.line,
    column: f.span.start.column,
    endLine: f.span.end.line,
    endColumn: f.span.end.column,
    ...(f.related.length > 0 ? { related: f.related } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
  }));
  explainFindings(messages, report, { severities: options.rules, lang: options.lang, tolerance: settings.tolerance, ruleTolerance, textSource: !extracted.locate });
  appendAll(messages, ambiguousRows(report, options));
  const unchecked = uncheckedProse(report, options);
  if (unchecked) messages.push(unchecked);
  if (settings.formats && !settings.formats.includes(report.pack.format)) {
    if ((options.rules['unexpected-format'] ?? 'warn') !== 'off') {
      messages.push(fileMessage('unexpected-format', options, { format: report.pack.format, expected: settings.formats.join(' / ') }));
    }
  }
  const { messages: kept, suppressed } = settings.noInlineConfig
    ? { messages, suppressed: [] }
    : applyDirectives(messages, parseDirectives(source), {
        requireReason: settings.requireDirectiveReason ?? false,
        reportUnused: options.rules['unused-disable-directive'] ?? settings.reportUnusedDirectives ?? metaRules()['unused-disable-directive'].severity,
        lang: options.lang,
      });
  if (extracted.locate) addLocations(kept, extracted.locate);
  // Messages outlive the report (all of a run): no string of theirs may hold its text.
  detachStrings(kept);
  detachStrings(suppressed);
  const result = fileResult(filePath, kept, {
    suppressedMessages: suppressed,
    encoding: extracted.encoding,
    format: report.pack.format,
    recognised: { tables: report.tables.length, items: report.values.size },
    stats,
    ...(options.includeView ? { view: reportView(report, options.lang) } : {}),
  });
  // Set even when there are none, so that every result of a recognised report has one shape.
  FACTS.set(result, reportFacts(report, options.lang, extracted.locate));
  return result;
}

export type { ReportFacts } from './report-facts.js';

/**
 * A result's facts ride on it in a slot, not in a WeakMap: V8's young-generation collector
 * treats a WeakMap's values as live, so every report's facts survived each minor collection and
 * were promoted (when they were a few hundred strings and two typed arrays, about 80 µs of a
 * 2021 report).
 */
const FACTS = objectSlot<FileResult, ReportFacts | undefined>('facts');

export function factsOf(result: FileResult): ReportFacts | undefined {
  return FACTS.get(result);
}

/** The facts of a result, handed over to whoever keeps them (src/fact-store.ts) and forgotten here. */
export function takeFacts(result: FileResult): ReportFacts | undefined {
  const facts = FACTS.get(result);
  if (facts) FACTS.set(result, undefined);
  return facts;
}

/**
 * For results that come back from a worker thread or the cache (a copy: slots are not copied);
 * the facts' repeated strings are shared again, unless `stringsShared` (src/facts-wire.ts).
 */
export function setFacts(result: FileResult, facts: ReportFacts, stringsShared = false): void {
  FACTS.set(result, stringsShared ? facts : shareFactStrings(facts));
}

/**
 * What the cross-year checks need of a report (src/cross-year/keys.ts); none for a report
 * without a body or a year, which pairs with nothing, or without a value they read (a legacy
 * report), which they would find nothing in.
 */
function reportFacts(report: Report, lang: LintOptions['lang'], locate: Extracted['locate']): ReportFacts | undefined {
  if (!report.agency?.name || report.year?.year === undefined) return undefined;
  const { reads, cited } = crossYearKeys();
  const values: BoundValue[] = [];
  for (const v of report.values.values()) if (v.value.kind === 'number' && reads(v.key)) values.push(v);
  if (values.length === 0) return undefined;
  const anchor = comparedAnchor(values.map((v) => v.key));
  return packFactsFrom({ agency: report.agency.name, year: report.year.year, format: report.pack!.format }, values.length, (i, out) => {
    const v = values[i];
    out.key = v.key;
    out.value = v.value.kind === 'number' ? v.value.value : Number.NaN;
    if (cited.has(v.key) || v.key === anchor) out.cell = factCell(v, lang, locate);
  });
}

/** A value's cell as a cross-year message names it, holding no slice of the report's text. */
function factCell(v: BoundValue, lang: LintOptions['lang'], locate: Extracted['locate']): RelatedCell {
  const cell = related(v, lang);
  cell.value = detached(cell.value);
  const location = locate?.(v.value.span);
  if (location) cell.location = location;
  return cell;
}

/** The tolerance each rule's options set; the one empty record when none does (the usual configuration). */
function toleranceByRule(ruleOptions: LintSettings['ruleOptions']): Record<string, number> {
  if (ruleOptions === undefined || isEmpty(ruleOptions)) return NO_TOLERANCES;
  return Object.fromEntries(Object.entries(ruleOptions).flatMap(([id, o]) => (o.tolerance === undefined ? [] : [[id, o.tolerance]])));
}

const NO_TOLERANCES: Record<string, number> = Object.freeze({});

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

/** A warning at the first paragraph the narrative checks left unread (see MAX_PROSE_CHARS), so that no prose goes unchecked silently. */
function uncheckedProse(report: Report, options: LintOptions): LintMessage | undefined {
  const para = narrativeIfRead(report)?.unread;
  if (!para || (options.rules['prose-not-checked'] ?? 'warn') === 'off') return undefined;
  const piece = para.pieces[0];
  const at = report.source.position(piece.offsets?.[0] ?? piece.start);
  return {
    ...fileMessage('prose-not-checked', options, { paragraph: MAX_PARAGRAPH_CHARS, total: MAX_PROSE_CHARS }),
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column,
  };
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

/**
 * A file-level diagnostic. Its severity comes from the config, then rules/meta.yaml; a fatal
 * one (the file could not be read or checked) cannot be turned off, so no file passes silently.
 */
export function fileMessage(id: MetaRuleId, options: LintOptions, data: Record<string, string | number> = {}): LintMessage {
  const rule = metaRules()[id];
  const configured = options.rules[id] ?? rule.severity;
  const severity = configured === 'warn' ? 1 : 2;
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
