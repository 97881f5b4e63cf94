import type { Lang } from '../check/types.js';
import type { FileResult, LintMessage } from '../result.js';
import type { ResultList } from '../result-list.js';
import { escapeXmlAttr as attr, escapeXmlText as text } from './escape-xml.js';
import type { FormatContext } from './index.js';
import { locationText } from './location-text.js';
import { displayPath } from './relative-path.js';

/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, test-reporter
 * actions). One testsuite per file; one testcase per finding, failed with the rule id as its
 * type (warnings fail too, as in ESLint's junit formatter: JUnit has no warning state); a file
 * that could not be checked at all is an `<error>`; a finding silenced by a disable comment or
 * the baseline is a skipped testcase with the reason; a clean file is one passing testcase,
 * so that it is visibly counted.
 */
export function formatJunit(results: ResultList, ctx: FormatContext): string {
  return [...junitChunks(results, ctx)].join('');
}

/**
 * The same text a suite at a time, for a long run's output: the totals of the root element are
 * counted in a first pass over the results, the suites written in a second.
 */
export function* junitChunks(results: ResultList, ctx: FormatContext): Generator<string> {
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const r of results) {
    const counts = suiteCounts(r);
    for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += counts[key];
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<testsuites name="disclosure-lint" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}">\n`;
  for (const r of results) yield `${suite(r, ctx)}\n`;
  yield '</testsuites>\n';
}

type Counts = { tests: number; failures: number; errors: number; skipped: number };

/** Testcases of a file: one per finding (failed, or an error when fatal), one per silenced finding (skipped), one passing when clean. */
function suiteCounts(r: FileResult): Counts {
  const fatal = r.messages.filter((m) => m.fatal).length;
  const skipped = r.suppressedMessages?.length ?? 0;
  return { tests: r.messages.length + skipped + (r.messages.length === 0 ? 1 : 0), failures: r.messages.length - fatal, errors: fatal, skipped };
}

function suite(r: FileResult, ctx: FormatContext): string {
  const file = displayPath(r.filePath, ctx.cwd);
  const cases: string[] = [];
  const counts = suiteCounts(r);
  for (const m of r.messages) {
    const element = m.fatal ? 'error' : 'failure';
    cases.push(
      `    <testcase ${caseAttrs(file, m)}>`,
      `      <${element} type="${attr(m.ruleId)}" message="${attr(m.message)}">${text(detail(file, m, ctx.lang))}</${element}>`,
      '    </testcase>',
    );
  }
  for (const m of r.suppressedMessages ?? []) {
    const why = m.suppressions.map((s) => s.justification || s.kind).join('; ');
    cases.push(`    <testcase ${caseAttrs(file, m)}>`, `      <skipped message="${attr(why)}"/>`, '    </testcase>');
  }
  if (r.messages.length === 0) {
    cases.push(`    <testcase classname="${attr(file)}" name="${ctx.lang === 'zh' ? '未发现问题' : 'no problems'}" file="${attr(file)}"/>`);
  }
  const properties = [
    ['disclosure-lint.version', ctx.version],
    ['format', r.format],
    ['checks.run', r.stats.run],
    ['checks.passed', r.stats.passed],
    ['checks.failed', r.stats.failed],
    ['checks.unevaluated', r.stats.unevaluated],
  ].map(([name, value]) => `      <property name="${name}" value="${attr(String(value))}"/>`);
  return [
    `  <testsuite name="${attr(file)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}">`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

function caseAttrs(file: string, m: LintMessage): string {
  return `classname="${attr(file)}" name="${attr(`${m.ruleId} ${m.line}:${m.column}`)}" file="${attr(file)}" line="${m.line}"`;
}

/** The failure's body: where, how severe, the message, and every cell involved. */
function detail(file: string, m: LintMessage, lang: Lang): string {
  const severity = m.severity === 2 ? 'error' : 'warning';
  const lines = [`${file}:${m.line}:${m.column} ${severity} ${m.ruleId}`, m.message + locationText(m.location, lang)];
  for (const c of m.related ?? []) {
    const value = c.value === '' ? (lang === 'zh' ? '（空白）' : '(blank)') : c.value;
    lines.push(`  ${file}:${c.line}:${c.column} ${c.label} ${value}${locationText(c.location, lang)}`);
  }
  return lines.join('\n');
}
