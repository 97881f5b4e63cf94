import type { CheckDef, Operand, Pack, RuleDef } from '../packs.js';

const SEVERITY = { error: '错误 error', warn: '警告 warning', off: '关闭 off' };

/** One Markdown page per rule, generated from its pack so the docs cannot drift from the data. */
export function renderRuleDoc(rule: RuleDef, pack: Pack): string {
  const names = new Map(pack.tables.flatMap((t) => t.items.map((i) => [i.id, i.label] as const)));
  const lines = [
    `# ${rule.id}: ${rule.title.zh}`,
    '',
    `*${rule.title.en}*`,
    '',
    `- 格式 format: ${pack.title.zh}（${pack.title.en}）`,
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
    ...rule.checks.map((c) => `- ${describeCheck(c, names)}`),
    '',
    '## 配置 / Configuration',
    '',
    '```sh',
    `disclosure-lint --rule ${rule.id}=off    # 关闭 / turn off`,
    `disclosure-lint --rule ${rule.id}=warn   # 降为警告 / downgrade to a warning`,
    '```',
    '',
  ];
  return lines.join('\n');
}

function describeCheck(check: CheckDef, names: Map<string, string>): string {
  const name = (id: string) => names.get(id.replace(/\.\{\w+\}$/, '')) ?? id;
  const operand = (o: Operand) => (typeof o === 'string' ? name(o) : o.sum.map(name).join(' + '));
  const loop = 'for' in check && check.for ? `（对每一列 / for each column: ${Object.values(check.for)[0].join(', ')}）` : '';
  switch (check.kind) {
    case 'sum':
      return `${name(check.total)} = ${check.parts.map(name).join(' + ')}${loop}`;
    case 'compare':
      return `${operand(check.left)} ${check.op === '=' ? '=' : check.op === '<=' ? '≤' : '≥'} ${operand(check.right)}${loop}`;
    case 'non-negative':
      return '每个数值都不能为负 / every value is non-negative';
    case 'integer':
      return `除 ${(check.except_units ?? []).join('、') || '—'} 计量的金额外，每个数值都是整数 / every value is a whole number except amounts in ${(check.except_units ?? []).join(', ')}`;
    case 'unit':
      return '单位列与统计表规定的计量单位一致 / the unit column matches the template';
  }
}
