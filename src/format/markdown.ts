import type { Lang } from '../check/types.js';
import type { FileResult, LintMessage } from '../result.js';
import type { ResultList } from '../result-list.js';
import { escapeMarkdownCell as cell } from './escape-markdown.js';
import type { FormatContext } from './index.js';
import { displayPath } from './relative-path.js';
import { locationText } from './location-text.js';
import { ruleDocUri } from './rule-docs.js';
import { FORMAT_NAMES, summaryLine } from './summary.js';

export interface MarkdownOptions {
  /** Finding rows before the rest are summed up in one line. */
  maxFindings?: number;
  /** File rows likewise (files with problems come first, so clean files are the ones left out). */
  maxFiles?: number;
  /**
   * Bytes of output; the rows stop short of it. GitHub refuses a step summary over 1 MiB
   * ("$GITHUB_STEP_SUMMARY upload aborted"), so the default leaves room for other steps' text.
   */
  maxBytes?: number;
}

const DEFAULTS: Required<MarkdownOptions> = { maxFindings: 500, maxFiles: 1000, maxBytes: 900 * 1024 };

const WORDS = {
  zh: {
    files: ['文件', '格式', '错误', '警告', '校验', '通过', '不通过', '无法判断'],
    findings: ['位置', '级别', '规则', '说明'],
    error: '错误',
    warning: '警告',
    unknown: '未识别',
    problems: (p: number, e: number, w: number) => (p === 0 ? '✔ 未发现问题' : `✖ ${p} 个问题（${e} 个错误，${w} 个警告）`),
    moreFiles: (n: number) => `…另有 ${n} 个文件未列出。`,
    moreFindings: (n: number) => `…另有 ${n} 个问题未列出；完整列表见本步骤的日志，或用 \`--format json\` 输出。`,
  },
  en: {
    files: ['file', 'format', 'errors', 'warnings', 'checks', 'passed', 'failed', 'not evaluable'],
    findings: ['location', 'severity', 'rule', 'message'],
    error: 'error',
    warning: 'warning',
    unknown: 'not recognised',
    problems: (p: number, e: number, w: number) =>
      p === 0 ? '✔ no problems' : `✖ ${p} problem${p === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'})`,
    moreFiles: (n: number) => `…and ${n} more file${n === 1 ? '' : 's'} not listed.`,
    moreFindings: (n: number) => `…and ${n} more problem${n === 1 ? '' : 's'} not listed; the step's log has them all, as does \`--format json\`.`,
  },
} satisfies Record<Lang, unknown>;

/**
 * A summary for `$GITHUB_STEP_SUMMARY` (or a pull-request comment): the totals, a table of
 * files with what was recognised and checked, and a table of findings with links to the rules'
 * pages. Every piece of report text is escaped for Markdown and HTML.
 */
export function formatMarkdown(results: ResultList, ctx: FormatContext, options: MarkdownOptions = {}): string {
  const opts = { ...DEFAULTS, ...options };
  const w = WORDS[ctx.lang];
  let errors = 0;
  let warnings = 0;
  // Files with findings first, each group in file order; findings in file order.
  const withFindings: string[][] = [];
  const clean: string[][] = [];
  const findings: string[][] = [];
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    (r.messages.length > 0 ? withFindings : clean).push(fileRow(r, ctx));
    for (const m of r.messages) findings.push(findingRow(displayPath(r.filePath, ctx.cwd), m, ctx.lang));
  }
  const out = ['## disclosure-lint', '', `**${w.problems(errors + warnings, errors, warnings)}**`, '', cell(summaryLine(results, ctx.lang)), ''];
  const budget = { bytes: opts.maxBytes - byteLength(out) };

  const rows = [...withFindings, ...clean];
  if (rows.length > 0) {
    out.push(...table(w.files, ['---', '---', '--:', '--:', '--:', '--:', '--:', '--:'], rows, opts.maxFiles, budget, w.moreFiles));
  }

  if (findings.length > 0) out.push(...table(w.findings, ['---', '---', '---', '---'], findings, opts.maxFindings, budget, w.moreFindings));
  return `${out.join('\n')}\n`;
}

function fileRow(r: FileResult, ctx: FormatContext): string[] {
  const format = r.format === 'unknown' ? WORDS[ctx.lang].unknown : (FORMAT_NAMES[r.format]?.[ctx.lang] ?? r.format);
  const s = r.stats;
  return [cell(displayPath(r.filePath, ctx.cwd)), cell(format), ...[r.errorCount, r.warningCount, s.run, s.passed, s.failed, s.unevaluated].map(String)];
}

function findingRow(file: string, m: LintMessage, lang: Lang): string[] {
  const severity = m.severity === 2 ? WORDS[lang].error : WORDS[lang].warning;
  return [cell(`${file}:${m.line}:${m.column}`), severity, `[${cell(m.ruleId)}](${ruleDocUri(m.ruleId)})`, cell(m.message + locationText(m.location, lang))];
}

/** A GFM table with as many rows as the row cap and the byte budget allow, then a "N more" line. */
function table(
  header: string[],
  align: string[],
  rows: string[][],
  maxRows: number,
  budget: { bytes: number },
  more: (n: number) => string,
): string[] {
  const lines = [`| ${header.join(' | ')} |`, `|${align.join('|')}|`];
  budget.bytes -= byteLength(lines);
  let shown = 0;
  for (const row of rows) {
    const line = `| ${row.join(' | ')} |`;
    const size = Buffer.byteLength(line, 'utf8') + 1;
    if (shown >= maxRows || size > budget.bytes) break;
    lines.push(line);
    budget.bytes -= size;
    shown++;
  }
  if (shown < rows.length) lines.push('', more(rows.length - shown));
  lines.push('');
  return lines;
}

function byteLength(lines: string[]): number {
  return lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8') + 1, 0);
}
