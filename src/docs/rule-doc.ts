import { describeNarrativeCheck } from '../narrative/rule-doc.js';
import type { CheckDef, Operand, Pack, RuleDef } from '../packs.js';
import { exampleSection } from './example-doc.js';

const SEVERITY = { error: '错误 error', warn: '警告 warning', off: '关闭 off' };

/**
 * One Markdown page per rule id, generated from the packs so the docs cannot drift from the
 * data. A rule shared by several formats (the 2019 pack extends the 2021 one) lists what it
 * checks in each.
 */
export function renderRuleDocs(packs: Pack[]): Map<string, string> {
  const byId = new Map<string, Array<{ rule: RuleDef; pack: Pack }>>();
  for (const pack of packs) for (const rule of pack.rules) byId.set(rule.id, [...(byId.get(rule.id) ?? []), { rule, pack }]);
  const pages = new Map<string, string>();
  for (const [id, uses] of byId) pages.set(id, renderRuleDoc(uses));
  return pages;
}

function renderRuleDoc(uses: Array<{ rule: RuleDef; pack: Pack }>): string {
  const { rule } = uses[uses.length - 1];
  const lines = [
    `# ${rule.id}: ${rule.title.zh}`,
    '',
    `*${rule.title.en}*`,
    '',
    `- 格式 formats: ${uses.map(({ pack }) => `${pack.title.zh}（${pack.title.en}）`).join('；')}`,
    `- 默认级别 default severity: ${SEVERITY[rule.severity]}`,
    ...(rule.skip_if_failed ? [`- 当 ${rule.skip_if_failed.join(', ')} 已不通过时不再检查（避免重复报告） / skipped when ${rule.skip_if_failed.join(', ')} fails`] : []),
    '',
    '## 为什么 / Why',
    '',
    rule.why.zh,
    '',
    rule.why.en,
    '',
    '## 检查内容 / What it checks',
    '',
  ];
  for (const { rule: r, pack } of uses) {
    const names = new Map(pack.tables.flatMap((t) => t.items.map((i) => [i.id, i.label] as const)));
    if (uses.length > 1) lines.push(`${pack.title.zh}:`, '');
    lines.push(...r.checks.map((c) => `- ${describeCheck(c, names, pack.format)}`), '');
  }
  lines.push(...exampleSection(rule.id));
  lines.push(
    '## 配置 / Configuration',
    '',
    '```sh',
    `disclosure-lint --rule ${rule.id}=off    # 关闭 / turn off`,
    `disclosure-lint --rule ${rule.id}=warn   # 降为警告 / downgrade to a warning`,
    '```',
    '',
  );
  return lines.join('\n');
}

export function describeCheck(check: CheckDef, names: Map<string, string>, format: string): string {
  const name = (id: string) => names.get(id.replace(/\.<\w+>$/, '')) ?? names.get(id.replace(/\.\w+$/, '')) ?? id;
  const operand = (o: Operand) => (typeof o === 'string' ? name(o) : o.sum.map(name).join(' + '));
  const [loopVar, loopValues] = 'for' in check && check.for ? Object.entries(check.for)[0] : ['', []];
  const loop = loopVar === '' ? '' : `（${loopVar === 'row' ? '对每一行 / for each row' : '对每一项 / for each'}: ${loopValues.map((v) => name(v)).join(', ')}）`;
  switch (check.kind) {
    case 'sum':
      return `${name(check.total)} = ${check.parts.map(name).join(' + ')}${loop}`;
    case 'compare':
      return `${operand(check.left)} ${check.op === '=' ? '=' : check.op === '<=' ? '≤' : '≥'} ${operand(check.right)}${loop}`;
    case 'non-negative':
      return `每个数值都不能为负${check.except_columns ? `（${check.except_columns.join('、')} 列除外）` : ''} / every value is non-negative`;
    case 'integer':
      return `除 ${(check.except_units ?? []).join('、') || '—'} 计量的金额外，每个数值都是整数 / every value is a whole number except amounts in ${(check.except_units ?? []).join(', ')}`;
    case 'unit':
      return '单位（单位列或数字后的单位）与统计表规定的计量单位一致 / units (in a unit column or after the number) match the template';
    case 'filled':
      return `有数值的行必须填写“${check.column}”列 / rows with values fill in the ${check.column} column`;
    case 'format-year':
      return '统计表格式与报告年度相符 / the table template matches the report year';
    case 'rule-making':
      return `标题中的机关无权制定规章时，${check.items.map(name).join('、')} 应为 0 / zero unless the body in the title may make 规章`;
    case 'claim-value':
    case 'claim-breakdown':
    case 'claim-share':
    case 'claim-negation':
    case 'claim-upheld':
    case 'report-period':
    case 'activity-year':
    case 'section-count':
      return describeNarrativeCheck(check, names, format);
    case 'carry-over':
      return `本年报告的 ${check.this} = 上年报告的 ${check.last}${loop} / this year's ${check.this} = last year's ${check.last}`;
    case 'stock-flow':
      return `${check.stock} = 上年 ${check.stock} + ${check.inflow} − ${check.outflow}${loop} / stock = last year's stock + inflow − outflow`;
    case 'identical-tables':
      return `表二、三、四的全部数值不与上一年度完全相同（至少 ${check.min_nonzero} 个非零数时） / not every table value equal to last year's (when at least ${check.min_nonzero} are non-zero)`;
  }
}
