import { emptyOutcome, formatNumber, type CheckContext, type Outcome } from '../../check/types.js';
import { proseRelated } from '../describe.js';
import { narrativeOf } from '../narrative.js';
import { spanOf } from '../paragraphs.js';
import type { Claim } from '../claims.js';

/**
 * "共 X，其中 a、b、c": the parts cannot add up to more than the total (`at-most`); when the
 * last part is "the rest" (其他…, 其余…, 另…) they add up to it exactly (`exhaustive`, which
 * leaves a sum above the total to `at-most`). Reported at the total's number, the parts listed.
 */
export function checkClaimBreakdown(ctx: CheckContext, mode: 'at-most' | 'exhaustive'): Outcome {
  const out = emptyOutcome();
  const n = narrativeOf(ctx.report);
  const source = ctx.report.source;
  for (const b of n.breakdowns) {
    const parts: Claim[] = [];
    for (const p of b.parts) if (p.claim) parts.push(p.claim);
    if (parts.length === 0 || (mode === 'exhaustive' && !b.exhaustive)) continue;
    if (!b.total.exact || parts.some((p) => !p.exact) || b.overlapping) {
      out.unevaluated++;
      continue;
    }
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const total = b.total.value;
    const holds = mode === 'at-most' ? sum <= total + 1e-9 : Math.abs(sum - total) < 1e-9;
    if (holds) {
      out.passed++;
      continue;
    }
    if (mode === 'exhaustive' && sum > total) {
      out.unevaluated++;
      continue;
    }
    out.failed++;
    const unit = b.total.unit;
    const terms = `${parts.map((p) => p.text).join(' + ')} = ${formatNumber(sum)}`;
    const zh = ctx.lang === 'zh';
    const message =
      mode === 'at-most'
        ? zh
          ? `正文称共 ${b.total.text} ${unit}，其中所列各项之和 ${terms} ${unit}，超过总数 ${formatNumber(sum - total)} ${unit}`
          : `the text gives a total of ${b.total.text} ${unit}, but the parts it lists add up to ${terms} ${unit}, ${formatNumber(sum - total)} more`
        : zh
          ? `正文称共 ${b.total.text} ${unit}，所列各项（最后一项为其余部分）之和 ${terms} ${unit}，比总数少 ${formatNumber(total - sum)} ${unit}`
          : `the text gives a total of ${b.total.text} ${unit}; its parts, the last being “the rest”, add up to ${terms} ${unit}, ${formatNumber(total - sum)} short`;
    out.findings.push({
      ruleId: ctx.rule.id,
      span: spanOf(b.total.para, source, b.total.index, b.total.end),
      message,
      related: b.parts.flatMap((p) =>
        p.claim ? [proseRelated(p.claim.para, source, p.claim.index, p.claim.end, p.lead || (zh ? '其中一项' : 'a part'))] : [],
      ),
      expected: total,
      actual: sum,
    });
  }
  return out;
}
