import type { Operand } from '../../packs.js';
import { describe, evaluate, nearlyEqual, operandValue } from '../operand.js';
import { emptyOutcome, formatNumber, related, type CheckContext, type Outcome } from '../types.js';

const HOLDS = {
  '<=': (a: number, b: number, tol: number) => a <= b || nearlyEqual(a, b, tol),
  '>=': (a: number, b: number, tol: number) => a >= b || nearlyEqual(a, b, tol),
  '=': (a: number, b: number, tol: number) => nearlyEqual(a, b, tol),
};

const BROKEN = {
  zh: { '<=': '大于', '>=': '小于', '=': '≠' },
  en: { '<=': '>', '>=': '<', '=': '≠' },
};

/**
 * left op right. Reported at the cell named by `at` (the carry identity points at （七）总计),
 * else at the left operand when it is a single item (the 其中 row, or the total compared
 * with a sum of channels), else at the right one.
 */
export function checkCompare(ctx: CheckContext, left: Operand, op: '<=' | '>=' | '=', right: Operand, at?: string): Outcome {
  const out = emptyOutcome();
  const leftValue = operandValue(left, ctx.report);
  const rightValue = operandValue(right, ctx.report);
  if (leftValue === undefined || rightValue === undefined) {
    out.unevaluated++;
    return out;
  }
  if (HOLDS[op](leftValue, rightValue, ctx.tolerance)) {
    out.passed++;
    return out;
  }
  // Failed: now the terms, for the message and the cell it points at.
  const l = evaluate(left, ctx.report);
  const r = evaluate(right, ctx.report);
  if (!l.ok || !r.ok) throw new Error('operandValue and evaluate disagree');
  out.failed++;
  const all = [...l.terms, ...r.terms];
  const chosen = at !== undefined ? all.find((t) => t.key === at) : l.isSum && !r.isSum ? r.terms[0] : l.terms[0];
  const primary = chosen ?? l.terms[0];
  const others = all.filter((t) => t !== primary);
  const diff = formatNumber(Math.abs(l.value - r.value));
  const message =
    ctx.lang === 'zh'
      ? `${describe(l, 'zh')} ${BROKEN.zh[op]} ${describe(r, 'zh')}，差 ${diff}（应满足：${ctx.rule.title.zh}）`
      : `${describe(l, 'en')} ${BROKEN.en[op]} ${describe(r, 'en')}, difference ${diff} (expected: ${ctx.rule.title.en})`;
  out.findings.push({
    ruleId: ctx.rule.id,
    key: primary.key,
    span: primary.value.span,
    message,
    related: others.map((v) => related(v, ctx.lang)),
    actual: l.value,
    expected: r.value,
  });
  return out;
}
