import { emptyOutcome, formatNumber, type CheckContext, type Outcome } from '../../check/types.js';
import type { Breakdown } from '../breakdowns.js';
import type { Claim } from '../claims.js';
import { proseRelated } from '../describe.js';
import { narrativeOf } from '../narrative.js';
import { spanOf } from '../paragraphs.js';

/**
 * Percentages of a "其中" list. `round`: each share equals part ÷ total within half a unit of its
 * last printed digit, and the shares of one list add up to no more than 100 % (to 100 % when the
 * list ends with "the rest"), allowing each share its rounding. `truncate`: a share that is the
 * exact value cut off instead of rounded (41.99… printed 41.9) — a warning, left alone by `round`.
 */
export function checkClaimShare(ctx: CheckContext, mode: 'round' | 'truncate'): Outcome {
  const out = emptyOutcome();
  const n = narrativeOf(ctx.report);
  for (const b of n.breakdowns) {
    if (b.overlapping) continue;
    for (const part of b.parts) {
      if (part.claim && part.share) shareOfPart(ctx, out, b, part.claim, part.share, mode);
    }
    if (mode === 'round') partitionSum(ctx, out, b);
  }
  return out;
}

function shareOfPart(ctx: CheckContext, out: Outcome, b: Breakdown, part: Claim, share: Claim, mode: 'round' | 'truncate') {
  if (!b.total.exact || !part.exact || !share.exact || b.total.value <= 0) {
    out.unevaluated++;
    return;
  }
  const exact = (part.value / b.total.value) * 100;
  const unit = 10 ** -share.decimals;
  const rounded = Math.abs(share.value - exact) <= unit / 2 + 1e-9;
  const truncated = !rounded && exact - share.value >= -1e-9 && exact - share.value < unit - 1e-9;
  if (rounded || (mode === 'round' && truncated)) {
    out.passed++;
    return;
  }
  if (mode === 'truncate' && !truncated) {
    out.unevaluated++;
    return;
  }
  out.failed++;
  const computed = formatNumber(Math.round(exact * 100) / 100);
  const zh = ctx.lang === 'zh';
  const message =
    mode === 'round'
      ? zh
        ? `正文称占 ${share.text}%，但 ${part.text} ÷ ${b.total.text} = ${computed}%`
        : `the text says ${share.text}%, but ${part.text} ÷ ${b.total.text} = ${computed}%`
      : zh
        ? `正文称占 ${share.text}%，${part.text} ÷ ${b.total.text} = ${computed}%，四舍五入应为 ${(Math.round(exact / unit) * unit).toFixed(share.decimals)}%（这里是截断而非四舍五入）`
        : `the text says ${share.text}%; ${part.text} ÷ ${b.total.text} = ${computed}%, which rounds to ${(Math.round(exact / unit) * unit).toFixed(share.decimals)}% (the figure was cut off, not rounded)`;
  const source = ctx.report.source;
  out.findings.push({
    ruleId: ctx.rule.id,
    span: spanOf(share.para, source, share.index, share.end),
    message,
    related: [
      proseRelated(part.para, source, part.index, part.end, zh ? '部分' : 'part'),
      proseRelated(b.total.para, source, b.total.index, b.total.end, zh ? '总数' : 'total'),
    ],
    expected: Math.round(exact * 100) / 100,
    actual: share.value,
  });
}

/** The shares of one list: no more than 100 %, and 100 % when the list is exhaustive and every part has one. */
function partitionSum(ctx: CheckContext, out: Outcome, b: Breakdown) {
  const shares = b.parts.flatMap((p) => (p.share ? [p.share] : []));
  if (shares.length < 2) return;
  if (shares.some((s) => !s.exact)) {
    out.unevaluated++;
    return;
  }
  const sum = shares.reduce((s, c) => s + c.value, 0);
  const slack = shares.reduce((s, c) => s + 10 ** -c.decimals / 2, 0) + 1e-9;
  const complete = b.exhaustive && b.parts.every((p) => p.share);
  const over = sum > 100 + slack;
  const under = complete && sum < 100 - slack;
  if (!over && !under) {
    out.passed++;
    return;
  }
  out.failed++;
  const zh = ctx.lang === 'zh';
  const terms = `${shares.map((s) => `${s.text}%`).join(' + ')} = ${formatNumber(sum)}%`;
  const message = zh
    ? `同一组占比之和 ${terms}，${over ? '超过' : '不足'} 100%`
    : `the shares of one breakdown add up to ${terms}, ${over ? 'more' : 'less'} than 100%`;
  const source = ctx.report.source;
  const first = shares[0];
  out.findings.push({
    ruleId: ctx.rule.id,
    span: spanOf(first.para, source, first.index, first.end),
    message,
    related: shares.slice(1).map((s) => proseRelated(s.para, source, s.index, s.end, zh ? '占比' : 'share')),
    expected: 100,
    actual: Math.round(sum * 1e6) / 1e6,
  });
}
