import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang, RelatedCell } from '../check/types.js';
import type { FileResult, LintMessage } from '../result.js';
import type { ResultList } from '../result-list.js';
import { REPOSITORY_URL } from '../rule-catalog.js';
import { fingerprints } from './fingerprint.js';
import { locationText } from './location-text.js';
import type { FormatContext } from './index.js';
import { displayPath, isRelativeDisplay } from './relative-path.js';
import { escapeControls, wellFormed } from './sanitize.js';
import { levelOf, sarifRules } from './sarif-rules.js';

/** The published OASIS schema of SARIF 2.1.0 (errata 01), which the output validates against. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The base id relative artifact URIs are resolved against; GitHub maps it to the checkout. */
const SRCROOT = '%SRCROOT%';

type Suppressed = FileResult['suppressedMessages'][number];
type Entry = { message: LintMessage; suppressions?: Suppressed['suppressions'] };

/**
 * SARIF 2.1.0 for code scanning and other SARIF viewers: one run, every rule described once,
 * one result per finding with its cells as related locations. Columns count code points (as
 * every position this tool reports does), which the run declares in columnKind.
 *
 * File-level fatal diagnostics (unreadable, empty, undecodable files…) are *results*, so a
 * file that could not be checked shows up where the findings do and counts against the gate;
 * the invocation repeats them as error notifications and is marked unsuccessful, so a reader
 * of the invocation alone also knows the analysis was incomplete. Findings silenced by a
 * disable comment or the baseline are results with `suppressions`, as ESLint's SARIF
 * formatter does, so code scanning shows them as dismissed rather than losing them.
 */
export function formatSarif(results: ResultList, ctx: FormatContext): string {
  const ids: string[] = [];
  for (const r of results) for (const m of [...r.messages, ...(r.suppressedMessages ?? [])]) ids.push(m.ruleId);
  const { rules, index } = sarifRules(ctx.lang, ids);
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const file of results) {
    const display = displayPath(file.filePath, ctx.cwd);
    const artifact = artifactLocation(display);
    const entries = inReadingOrder(file);
    const prints = fingerprints(display, entries.map((e) => e.message));
    entries.forEach(({ message: m, suppressions }, i) => {
      const ruleIndex = index.get(m.ruleId) ?? -1;
      const bag = properties(m);
      const fixes = fixesOf(m, artifact, file.encoding);
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex,
        level: levelOf(m.severity),
        // Code scanning cannot show a .docx/.xlsx file: the text says which table cell it is.
        message: { text: escapeControls(m.message + locationText(m.location, ctx.lang)) },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: region(m) } }],
        ...(m.related && m.related.length > 0 ? { relatedLocations: m.related.map((r, id) => relatedLocation(r, id, artifact, ctx.lang)) } : {}),
        // GitHub matches alerts on primaryLocationLineHash only, and computes one from the
        // line's text when it is missing; ours survives edits elsewhere in the file and works
        // for .docx/.xlsx too. The namespaced copy names the scheme and its version.
        partialFingerprints: { primaryLocationLineHash: prints[i], 'disclosureLint/v1': prints[i] },
        ...(fixes.length > 0 ? { fixes } : {}),
        ...(suppressions ? { suppressions: suppressions.map((s) => ({ kind: s.kind === 'directive' ? 'inSource' : 'external', justification: s.justification })) } : {}),
        ...(bag ? { properties: bag } : {}),
      });
      if (m.fatal && !suppressions) {
        notifications.push({
          level: 'error',
          message: { text: escapeControls(m.message) },
          locations: [{ physicalLocation: { artifactLocation: artifact } }],
          associatedRule: { id: m.ruleId, index: ruleIndex },
        });
      }
    });
  }
  const cwdUri = directoryUri(ctx.cwd);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'disclosure-lint', version: ctx.version, informationUri: REPOSITORY_URL, rules } },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
            // GitHub turns absolute file: URIs into repository paths against this.
            workingDirectory: { uri: cwdUri },
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri } },
        language: ctx.lang === 'zh' ? 'zh-CN' : 'en-US',
        columnKind: 'unicodeCodePoints',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * A finding's suggestions as SARIF fixes: each replaces its range of the file with the corrected
 * numbers. Ranges are offsets into the decoded text, which keeps a UTF-8 BOM but not a UTF-16 one:
 * SARIF counts the file's characters, so a UTF-16 file's offsets move by one. Suggestions for
 * .docx/.xlsx input have no range (their text is a rendering) and give no fix.
 */
function fixesOf(m: LintMessage, artifact: object, encoding: string | undefined): object[] {
  const shift = encoding?.startsWith('utf-16') ? 1 : 0;
  return (m.suggestions ?? []).flatMap((s) =>
    s.fix
      ? [
          {
            description: { text: escapeControls(s.desc) },
            artifactChanges: [
              {
                artifactLocation: artifact,
                replacements: [{ deletedRegion: { charOffset: s.fix.range[0] + shift, charLength: s.fix.range[1] - s.fix.range[0] }, insertedContent: { text: s.fix.text } }],
              },
            ],
          },
        ]
      : [],
  );
}

/** Findings and suppressed findings together, by position, so occurrence counters follow the text. */
function inReadingOrder(file: FileResult): Entry[] {
  const entries: Entry[] = [
    ...file.messages.map((message) => ({ message })),
    ...(file.suppressedMessages ?? []).map(({ suppressions, ...message }) => ({ message, suppressions })),
  ];
  return entries.sort((a, b) => a.message.line - b.message.line || a.message.column - b.message.column);
}

/** A repository-relative URI (each segment percent-encoded: 年报 (1).docx is a valid URI) or, outside the working directory, a file: URI. */
function artifactLocation(display: string): { uri: string; uriBaseId?: string } {
  if (isRelativeDisplay(display)) return { uri: display.split('/').map((s) => encodeURIComponent(wellFormed(s))).join('/'), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(display).href };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(path.resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function region(span: { line: number; column: number; endLine: number; endColumn: number }) {
  const startLine = Math.max(1, span.line);
  const startColumn = Math.max(1, span.column);
  const endLine = Math.max(startLine, span.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, span.endColumn) : Math.max(1, span.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function relatedLocation(cell: RelatedCell, id: number, artifact: { uri: string; uriBaseId?: string }, lang: Lang) {
  const value = cell.value === '' ? (lang === 'zh' ? '（空白）' : '(blank)') : cell.value;
  return {
    id,
    physicalLocation: { artifactLocation: artifact, region: region(cell) },
    message: { text: escapeControls(`${cell.label} ${value}${locationText(cell.location, lang)}`) },
    ...(cell.location ? { properties: { location: cell.location } } : {}),
  };
}

/** What a SARIF viewer cannot show from the location alone: the expected and actual numbers, and the Word/Excel position. */
function properties(m: LintMessage): Record<string, unknown> | undefined {
  const bag: Record<string, unknown> = {};
  if (m.expected !== undefined) bag.expected = m.expected;
  if (m.actual !== undefined) bag.actual = m.actual;
  if (m.location) bag.location = m.location;
  if (m.key) bag.key = m.key;
  return Object.keys(bag).length > 0 ? bag : undefined;
}
