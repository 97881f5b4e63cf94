import { nearlyEqual } from '../../check/operand.js';
import { emptyOutcome, related, type CheckContext, type Outcome } from '../../check/types.js';
import { describeTable, tableValue, type Known } from '../describe.js';
import { narrativeOf } from '../narrative.js';
import { spanOf } from '../paragraphs.js';
import { targetsOf } from '../target.js';

/**
 * A number in the prose that names a table quantity equals it: 新收申请 = 表三 一 总计,
 * 予以公开 = （一） 总计, 不予公开 = Σ（三）1.–8. 总计, 行政诉讼 = 未经复议 + 复议后 总计…
 * `subjects` says which subjects this rule covers. Approximate numbers (30余条), changes
 * (同比增加), and parts of a total whose subject is unknown are not compared.
 */
export function checkClaimValue(ctx: CheckContext, subjects: string[]): Outcome {
  const out = emptyOutcome();
  const pack = ctx.report.pack;
  if (!pack) return out;
  const n = narrativeOf(ctx.report);
  const targets = targetsOf(n, pack);
  for (let i = 0; i < n.claims.length; i++) {
    const claim = n.claims[i];
    if (claim.percent || claim.ambiguous) continue;
    const target = targets[i];
    if (!target || !subjects.includes(target.subject)) continue;
    if (!claim.exact || !claim.comparable) {
      out.unevaluated++;
      continue;
    }
    const primary = tableValue(target.keys, ctx.report);
    const also = target.also ? tableValue(target.also.keys, ctx.report) : undefined;
    if (!primary.ok) {
      out.unevaluated++;
      continue;
    }
    if (nearlyEqual(primary.value, claim.value, ctx.tolerance) || (also?.ok && nearlyEqual(also.value, claim.value, ctx.tolerance))) {
      out.passed++;
      continue;
    }
    out.failed++;
    const other = also?.ok ? (also as Known) : undefined;
    const zh = ctx.lang === 'zh';
    const stated = `${claim.text} ${claim.unit}`;
    const message = zh
      ? `正文称${target.name.zh} ${stated}，表中${describeTable(primary, 'zh')}${other ? `（${target.also!.name.zh}为 ${describeTable(other, 'zh')}）` : ''}，二者不一致`
      : `the text says ${target.name.en}: ${stated}, but the table has ${describeTable(primary, 'en')}${other ? ` (${target.also!.name.en}: ${describeTable(other, 'en')})` : ''}`;
    out.findings.push({
      ruleId: ctx.rule.id,
      span: spanOf(claim.para, ctx.report.source, claim.index, claim.end),
      message,
      related: primary.terms.map((t) => related(t, ctx.lang)),
      expected: primary.value,
      actual: claim.value,
    });
  }
  return out;
}
