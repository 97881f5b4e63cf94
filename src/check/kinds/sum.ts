import { describe, evaluate, nearlyEqual, operandValue, sumValue } from '../operand.js';
import { emptyOutcome, formatNumber, related, type CheckContext, type Outcome } from '../types.js';

/** total = Σ parts. Reported at the total's cell, every part in `related`. */
export function checkSum(ctx: CheckContext, total: string, parts: string[]): Outcome {
  const out = emptyOutcome();
  const totalValue = operandValue(total, ctx.report);
  const partsValue = sumValue(parts, ctx.report);
  if (totalValue === undefined || partsValue === undefined) {
    out.unevaluated++;
    return out;
  }
  if (nearlyEqual(totalValue, partsValue, ctx.tolerance)) {
    out.passed++;
    return out;
  }
  // Failed: now the terms, for the message.
  const t = evaluate(total, ctx.report);
  const p = evaluate({ sum: parts }, ctx.report);
  if (!t.ok || !p.ok) throw new Error('operandValue and evaluate disagree');
  out.failed++;
  const cell = t.terms[0];
  const diff = formatNumber(Math.abs(t.value - p.value));
  const lhs = describe(t, ctx.lang);
  const rhs = describe(p, ctx.lang);
  const message =
    ctx.lang === 'zh'
      ? `${lhs} ≠ ${rhs}，差 ${diff}（应满足：${ctx.rule.title.zh}）`
      : `${lhs} ≠ ${rhs}, difference ${diff} (expected: ${ctx.rule.title.en})`;
  out.findings.push({
    ruleId: ctx.rule.id,
    key: cell.key,
    span: cell.value.span,
    message,
    related: p.terms.map((v) => related(v, ctx.lang)),
    expected: p.value,
    actual: t.value,
  });
  return out;
}
