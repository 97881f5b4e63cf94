import type { Lang } from '../check/types.js';
import { loadPacks } from '../packs.js';
import { ruleCatalog } from '../rule-catalog.js';
import { ruleExamples } from './examples.js';
import { describeCheck } from './rule-doc.js';

/**
 * `disclosure-lint explain <rule>`: the rule's page as terminal text in one language — what it
 * checks and why, per format, its examples (the ones the tests lint) and how to configure it.
 * Undefined for an unknown id.
 */
export function explainRule(id: string, lang: Lang): string | undefined {
  const info = ruleCatalog().find((r) => r.id === id);
  if (!info) return undefined;
  const zh = lang === 'zh';
  const lines = [`${info.id}: ${info.title[lang]}`, ''];
  lines.push(`${zh ? '默认级别' : 'default severity'}: ${info.severity}`);
  if (info.why) lines.push('', zh ? '为什么：' : 'Why:', info.why[lang]);
  const uses = loadPacks().flatMap((pack) => pack.rules.filter((r) => r.id === id).map((rule) => ({ pack, rule })));
  for (const { pack, rule } of uses) {
    const names = new Map(pack.tables.flatMap((t) => t.items.map((i) => [i.id, i.label] as const)));
    lines.push('', zh ? `检查内容（${pack.title.zh}）：` : `What it checks (${pack.title.en}):`);
    for (const c of rule.checks) lines.push(`  - ${describeCheck(c, names, pack.format).replace(/\n/g, '\n    ')}`);
  }
  const ex = ruleExamples().get(id);
  if (ex) {
    const indent = (text: string) => text.replace(/\n$/, '').split('\n').map((l) => `    ${l}`);
    lines.push('', zh ? `不通过的例子（报告于 ${ex.failing.at.join(', ')}）：` : `Failing example (reported at ${ex.failing.at.join(', ')}):`, '', ...indent(ex.failing.text));
    lines.push('', zh ? '通过的例子：' : 'Passing example:', '', ...indent(ex.passing.text));
  }
  lines.push(
    '',
    zh ? '配置：' : 'Configuration:',
    `  disclosure-lint --rule ${id}=off    # ${zh ? '关闭' : 'turn off'}`,
    `  disclosure-lint --rule ${id}=warn   # ${zh ? '降为警告' : 'downgrade to a warning'}`,
    '',
    `${zh ? '文档' : 'Docs'}: ${info.docPath}`,
  );
  return lines.join('\n') + '\n';
}

/** Known ids close to a mistyped one: same letters ignoring case, a prefix, or a small edit distance. */
export function closeRuleIds(id: string, limit = 5): string[] {
  const wanted = id.toUpperCase();
  return ruleCatalog()
    .map((r) => ({ id: r.id, d: r.id.toUpperCase() === wanted ? 0 : r.id.toUpperCase().startsWith(wanted) ? 1 : distance(r.id.toUpperCase(), wanted) }))
    .filter((r) => r.d <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((r) => r.id);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}
