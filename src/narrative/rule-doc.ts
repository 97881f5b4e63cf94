import type { CheckDef } from '../packs.js';
import { loadNarrativePolicy, type OperandSpec } from './policy.js';

type NarrativeCheck = Extract<
  CheckDef,
  { kind: 'claim-value' | 'claim-breakdown' | 'claim-share' | 'claim-negation' | 'claim-upheld' | 'report-period' | 'activity-year' | 'section-count' }
>;

/**
 * One line of a rule page for a prose check (src/docs/rule-doc.ts). For claim-value it lists
 * each subject with the table item it names in the page's format, from rules/narrative.yaml.
 */
export function describeNarrativeCheck(check: NarrativeCheck, names: Map<string, string>, format: string): string {
  const policy = loadNarrativePolicy();
  switch (check.kind) {
    case 'claim-value': {
      const mappings = policy.formats.get(format);
      const rows = check.subjects.flatMap((id) => {
        const s = policy.subjects.get(id);
        const m = mappings?.get(id);
        if (!s) return [];
        const item = m ? operandText(m.item, names) : s.facet ? `所在总数的“${s.facet.join('+')}”列或结果 / the ${s.facet.join('+')} column or outcome of its total` : '';
        return item ? [`  - 「${s.name.zh}」（${s.name.en}）→ ${item}`] : [];
      });
      return ['正文中说明下列数量的精确数字等于统计表中的对应数值（约数、增减数、累计数不比较） / exact numbers the text gives for these equal the table:', ...rows].join('\n');
    }
    case 'claim-breakdown':
      return check.mode === 'at-most'
        ? '“共 X，其中 a、b、c”：各项之和不超过总数 / the parts listed under a total add up to no more than it'
        : '“共 X，其中 a、b……其他/其余 c”：以“其他/其余”结尾的列举，各项之和等于总数 / a list ending with “the rest” adds up to its total';
    case 'claim-share':
      return check.mode === 'round'
        ? '“其中 a，占 p%”：p 与 a÷X×100 在末位四舍五入的误差之内；同一组占比之和不超过 100% / each share is part ÷ total within rounding, and the shares of one list add up to at most 100 %'
        : '占比按截断而非四舍五入得出（如 41.99% 写作 41.9%） / a share cut off instead of rounded';
    case 'claim-negation':
      return '“未收到……申请”“未发生行政复议、行政诉讼”：表中相应数值为 0 / statements that there were none match zeros in the table';
    case 'claim-upheld':
      return '“均获维持”：所述复议、诉讼的结果纠正、其他结果、尚未审结均为 0 / “all upheld” means no corrected, other or pending cases';
    case 'report-period':
      return '统计期限为报告年度的 1月1日 至 12月31日 / the statistics period is 1 January to 31 December of the report year';
    case 'activity-year':
      return '“总体情况”中以年份开头叙述工作的句子，年份为报告年度 / sentences of the overview that open with a year name the report year';
    case 'section-count':
      return '“全文包括……六部分”：宣布的部分数与列出的项数一致 / the announced number of parts equals the parts listed';
  }
}

function operandText(spec: OperandSpec, names: Map<string, string>): string {
  const name = (key: string) => names.get(key) ?? (names.has(key.replace(/\.[^.]+$/u, '')) ? `${names.get(key.replace(/\.[^.]+$/u, ''))}[${key.slice(key.lastIndexOf('.') + 1)}]` : key);
  if (typeof spec === 'string') return name(spec);
  if ('sum' in spec) return spec.sum.map((s) => operandText(s, names)).join(' + ');
  return `${name(spec.group)}（该行，或其各子项之和 / the row, or the sum of its sub-rows）`;
}
