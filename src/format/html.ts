import path from 'node:path';
import type { Lang } from '../check/types.js';
import type { ParagraphView, TableView } from '../report-view.js';
import type { FileResult, LintMessage } from '../result.js';
import type { ResultList } from '../result-list.js';
import { escapeHtml as h } from './escape-html.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { FORMAT_NAMES, summaryLine } from './summary.js';

export interface HtmlOptions {
  lang: Lang;
  cwd: string;
}

/**
 * One self-contained page for a run: per file its findings, its tables as tables (failing cells
 * highlighted, the suspected cell marked with the suggested value, the check's arithmetic on
 * hover, focus or click) and its prose with the compared numbers underlined. No external assets
 * and no network; every piece of report text goes through escapeHtml.
 */
export function formatHtml(results: ResultList, options: HtmlOptions): string {
  return [...htmlChunks(results, options)].join('');
}

/** The same page a file at a time, for a long run's output (the summary at the top takes a pass of its own). */
export function* htmlChunks(results: ResultList, options: HtmlOptions): Generator<string> {
  const zh = options.lang === 'zh';
  const title = zh ? 'disclosure-lint 检查结果' : 'disclosure-lint results';
  yield `<!DOCTYPE html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p class="summary">${h(summaryLine(results, options.lang))}</p>
<p class="summary">${zh ? '建议的改动仅供参考，工具不会自动修改任何数字。' : 'Suggested changes are only offered; the tool never changes a number.'}</p>
`;
  let index = 0;
  for (const r of results) {
    yield `${index > 0 ? '\n' : ''}${fileSection(r, index, options)}`;
    index++;
  }
  yield `
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}

function fileSection(r: FileResult, index: number, options: HtmlOptions): string {
  const zh = options.lang === 'zh';
  const rel = path.relative(options.cwd, r.filePath);
  const name = rel && !rel.startsWith('..') ? rel : r.filePath;
  const format = FORMAT_NAMES[r.format]?.[options.lang] ?? r.format;
  const meta = zh
    ? `格式：${format}；${r.errorCount} 个错误，${r.warningCount} 个警告；校验 ${r.stats.run} 项：通过 ${r.stats.passed}，不通过 ${r.stats.failed}，无法判断 ${r.stats.unevaluated}`
    : `format: ${format}; ${r.errorCount} errors, ${r.warningCount} warnings; ${r.stats.run} checks: ${r.stats.passed} passed, ${r.stats.failed} failed, ${r.stats.unevaluated} not evaluable`;
  const messages = r.messages.map((m, i) => messageItem(m, `f${index}-m${i}`, zh)).join('\n');
  const tables = (r.view?.tables ?? []).map((t) => tableHtml(t, r.messages, zh)).join('\n');
  const prose = r.view && r.view.prose.length > 0 ? `<section class="prose"><h3>${zh ? '正文' : 'Text'}</h3>\n${r.view.prose.map((p) => paragraphHtml(p, r.messages, zh)).join('\n')}\n</section>` : '';
  return `<section class="file" id="file-${index}">
<h2>${h(name)}</h2>
<p class="meta">${h(meta)}</p>
${messages ? `<ol class="messages">\n${messages}\n</ol>` : `<p>${zh ? '未发现问题' : 'No problems'}</p>`}
${tables}
${prose}
</section>`;
}

function messageItem(m: LintMessage, id: string, zh: boolean): string {
  const sev = m.severity === 2 ? 'error' : 'warning';
  const sevText = zh ? (m.severity === 2 ? '错误' : '警告') : sev;
  const explanation = m.explanation ? `<div class="explanation">${h(m.explanation.text)}</div>` : '';
  return `<li id="${id}"><span class="pos">${m.line}:${m.column}</span> <span class="sev-${sev}">${sevText}</span> ${h(m.message)} <span class="rule">${h(m.ruleId)}</span>${explanation}</li>`;
}

/** What each cell of a table takes part in: failing (a finding is at it), involved, suspected. */
function roles(messages: LintMessage[]) {
  const failing = new Map<string, LintMessage[]>();
  const involved = new Map<string, LintMessage[]>();
  const suspected = new Map<string, { to: number; messages: LintMessage[] }>();
  const add = (map: Map<string, LintMessage[]>, key: string, m: LintMessage) => map.set(key, [...(map.get(key) ?? []), m]);
  for (const m of messages) {
    if (m.key) add(failing, m.key, m);
    for (const r of m.related ?? []) add(involved, r.key, m);
    for (const c of m.explanation?.cells ?? []) {
      const s = suspected.get(c.key) ?? { to: c.to, messages: [] };
      s.messages.push(m);
      suspected.set(c.key, s);
    }
  }
  return { failing, involved, suspected };
}

function tableHtml(t: TableView, messages: LintMessage[], zh: boolean): string {
  const { failing, involved, suspected } = roles(messages);
  const rows = t.rows.map((row) => {
    const cells = row.map((c) => {
      const key = c.key;
      const s = key ? suspected.get(key) : undefined;
      const f = key ? failing.get(key) : undefined;
      const inv = key ? involved.get(key) : undefined;
      const classes = [s ? 'suspected' : '', f ? 'failing' : '', !s && !f && inv ? 'involved' : ''].filter(Boolean);
      const about = [...new Set([...(f ?? []), ...(s?.messages ?? []), ...(inv ?? [])])];
      const attrs = `${key ? ` data-key="${h(key)}"` : ''} data-line="${c.line}" data-column="${c.column}"`;
      if (classes.length === 0) return `<td${attrs}>${h(c.text)}</td>`;
      const to = s ? `<span class="to">→ ${h(String(s.to))}</span>` : '';
      return `<td class="${classes.join(' ')}"${attrs} tabindex="0" data-tip title="${h(about.map((m) => m.message).join('\n'))}">${h(c.text)}${to}${tip(about, zh)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<h3>${h(t.title)}</h3>\n<table class="report">\n${rows.join('\n')}\n</table>`;
}

/** The checks' arithmetic and the explanation, shown on hover, focus or click. */
function tip(messages: LintMessage[], zh: boolean, inline = false): string {
  const tag = inline ? 'span' : 'div';
  const items = messages.map((m) => `<b>${h(m.ruleId)}</b> ${h(m.message)}${m.explanation ? `<br>${h(m.explanation.text)}` : ''}`);
  return `<${tag} class="tip" role="tooltip" aria-label="${zh ? '说明' : 'explanation'}">${items.join('<br><br>')}</${tag}>`;
}

function paragraphHtml(p: ParagraphView, messages: LintMessage[], zh: boolean): string {
  let html = '';
  let at = 0;
  for (const c of [...p.claims].sort((a, b) => a.start - b.start)) {
    if (c.start < at) continue;
    const about = messages.filter((m) => m.line === c.line && m.column === c.column);
    html += h(p.text.slice(at, c.start));
    const number = h(p.text.slice(c.start, c.end));
    html +=
      about.length > 0
        ? `<u class="claim failing" tabindex="0" data-tip data-line="${c.line}" data-column="${c.column}" title="${h(about.map((m) => m.message).join('\n'))}">${number}${tip(about, zh, true)}</u>`
        : `<u class="claim" data-line="${c.line}" data-column="${c.column}">${number}</u>`;
    at = c.end;
  }
  html += h(p.text.slice(at));
  return `<p${p.heading ? ' class="heading"' : ''} data-line="${p.line}">${html}</p>`;
}
