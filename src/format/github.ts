import type { Lang } from '../check/types.js';
import type { LintMessage } from '../result.js';
import type { ResultList } from '../result-list.js';
import type { FormatContext } from './index.js';
import { displayPath } from './relative-path.js';
import { locationText } from './location-text.js';
import { ruleInfo } from './rule-docs.js';
import { escapeControls } from './sanitize.js';
import { escapeData, workflowCommand } from './workflow-command.js';

/**
 * GitHub shows only the first 10 error and the first 10 warning annotations of a step
 * (actions/toolkit docs/problem-matchers.md); more are dropped silently. So that nothing is
 * dropped silently, findings past the cap are printed as plain log lines and one notice says
 * how many there are and where they are.
 */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface GithubOptions {
  /** Annotations per severity before the rest become plain log lines. */
  maxPerSeverity?: number;
}

/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per finding, at its
 * cell, grouped per file with `::group::`.
 *
 * actions/setup-node registers the eslint-stylish and eslint-compact problem matchers, and our
 * stylish output is ESLint's layout, so a workflow that prints both formats would annotate
 * every finding twice. This format therefore starts by removing those two matchers: with
 * `--format github` the annotations come from here only. (The removal lasts for the rest of
 * the job; a later ESLint step that relies on the matchers should register them again.)
 */
export function formatGithub(results: ResultList, ctx: FormatContext, options: GithubOptions = {}): string {
  const cap = options.maxPerSeverity ?? ANNOTATIONS_PER_SEVERITY;
  const out = ['::remove-matcher owner=eslint-stylish::', '::remove-matcher owner=eslint-compact::'];
  const annotated = { error: 0, warning: 0 };
  const over = { error: 0, warning: 0 };
  for (const file of results) {
    if (file.messages.length === 0) continue;
    const display = displayPath(file.filePath, ctx.cwd);
    out.push(`::group::${escapeData(display)}`);
    for (const m of file.messages) {
      const kind = m.severity === 2 ? 'error' : 'warning';
      if (annotated[kind] < cap) {
        annotated[kind]++;
        out.push(annotation(kind, display, m, ctx.lang));
      } else {
        over[kind]++;
        out.push(logLine(kind, display, m, ctx.lang));
      }
    }
    out.push('::endgroup::');
  }
  if (over.error + over.warning > 0) out.push(workflowCommand('notice', { title: 'disclosure-lint' }, overflowNotice(over, cap, ctx.lang)));
  return `${out.join('\n')}\n`;
}

function annotation(kind: 'error' | 'warning', file: string, m: LintMessage, lang: Lang): string {
  const sameLine = m.line === m.endLine;
  const title = ruleInfo(m.ruleId)?.title[lang];
  return workflowCommand(
    kind,
    {
      file,
      line: m.line,
      // GitHub rejects columns on an annotation that spans lines.
      col: sameLine ? m.column : undefined,
      endLine: m.endLine,
      endColumn: sameLine ? m.endColumn : undefined,
      title: title ? `${m.ruleId}: ${title}` : m.ruleId,
    },
    // A .docx/.xlsx line means nothing in Word or Excel: say which table cell it is.
    m.message + locationText(m.location, lang),
  );
}

/**
 * A finding past the cap, as plain text. It starts with the severity word, never with `::`
 * (the runner reads a line as a command after trimming leading spaces), and report text in it
 * has its control characters escaped, so it cannot become a command either.
 */
function logLine(kind: 'error' | 'warning', file: string, m: LintMessage, lang: Lang): string {
  return `${kind} ${escapeControls(file)}:${m.line}:${m.column}  ${escapeControls(m.message + locationText(m.location, lang))}  ${m.ruleId}`;
}

function overflowNotice(over: { error: number; warning: number }, cap: number, lang: Lang): string {
  const n = over.error + over.warning;
  return lang === 'zh'
    ? `另有 ${n} 个问题（${over.error} 个错误，${over.warning} 个警告）没有标注：GitHub 每个步骤只显示前 ${cap} 个错误和前 ${cap} 个警告标注。` +
        '这些问题已逐条列在本步骤日志的各文件分组中（用 markdown 格式写入作业摘要时，摘要里也有）。'
    : `${n} more problem${n === 1 ? '' : 's'} (${over.error} error${over.error === 1 ? '' : 's'}, ${over.warning} warning${over.warning === 1 ? '' : 's'}) not annotated: ` +
        `GitHub shows only the first ${cap} error and ${cap} warning annotations of a step. ` +
        'Each is listed in this step’s log under its file’s group (and in the job summary when the markdown format is written there).';
}
