import path from 'node:path';
import { Chalk } from 'chalk';
import type { Lang } from '../check/types.js';
import type { ResultList } from '../result-list.js';
import { codeFrame } from './code-frame.js';
import { locationText } from './location-text.js';
import { escapeControls } from './sanitize.js';
import { summaryLine } from './summary.js';

export interface StylishOptions {
  lang: Lang;
  color: boolean;
  cwd: string;
  quiet: boolean;
}

/**
 * ESLint's stylish layout (`line:column  error  message  rule-id` under each file), which
 * the eslint-stylish problem matcher of actions/setup-node also reads, then the totals
 * and a summary of what was recognised and checked.
 */
export function formatStylish(results: ResultList, options: StylishOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const messages = options.quiet ? result.messages.filter((m) => m.severity === 2) : result.messages;
    if (messages.length === 0) continue;
    const rel = path.relative(options.cwd, result.filePath);
    // A file name may hold control characters too (an ESC sequence, a CR): shown escaped.
    out.push(c.underline(escapeControls(rel && !rel.startsWith('..') ? rel : result.filePath)));
    const posWidth = messages.reduce((w, m) => Math.max(w, `${m.line}:${m.column}`.length), 0);
    for (const m of messages) {
      const pos = `${m.line}:${m.column}`.padStart(posWidth);
      const sev = m.severity === 2 ? c.red('error  ') : c.yellow('warning');
      const text = escapeControls(m.message + locationText(m.location, options.lang)).replace(/ {2,}/g, ' ');
      out.push(`  ${c.dim(pos)}  ${sev}  ${text}  ${c.dim(m.ruleId)}`);
      if (m.explanation) out.push(...codeFrame(m.explanation, { dim: c.dim, mark: c.red }));
      if (m.severity === 2) errors++;
      else warnings++;
    }
    out.push('');
  }
  const problems = errors + warnings;
  if (problems > 0) {
    const line =
      options.lang === 'zh'
        ? `✖ ${problems} 个问题（${errors} 个错误，${warnings} 个警告）`
        : `✖ ${problems} problem${problems === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    out.push((errors > 0 ? c.red.bold : c.yellow.bold)(line));
  } else {
    out.push(c.green(options.lang === 'zh' ? '✔ 未发现问题' : '✔ no problems'));
  }
  if (!options.quiet) out.push(c.dim(summaryLine(results, options.lang)));
  return out.join('\n') + '\n';
}
