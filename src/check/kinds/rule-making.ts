import { evaluate } from '../operand.js';
import { emptyOutcome, related, valueName, type CheckContext, type Outcome } from '../types.js';

/**
 * Only bodies with rule-making power (provincial and 设区的市 governments, State Council
 * departments) make 规章. A report whose title names another body but counts 规章 is flagged;
 * which names have the power is policy (`bodies`: patterns in the pack).
 */
export function checkRuleMaking(ctx: CheckContext, items: string[], bodies: string[]): Outcome {
  const out = emptyOutcome();
  const agency = ctx.report.agency;
  if (!agency) {
    out.unevaluated++;
    return out;
  }
  if (bodies.some((p) => new RegExp(p, 'u').test(agency.name))) {
    out.passed++;
    return out;
  }
  for (const id of items) {
    const e = evaluate(id, ctx.report);
    if (!e.ok) {
      out.unevaluated++;
      continue;
    }
    if (e.value === 0) {
      out.passed++;
      continue;
    }
    out.failed++;
    const cell = e.terms[0];
    out.findings.push({
      ruleId: ctx.rule.id,
      key: cell.key,
      span: cell.value.span,
      message:
        ctx.lang === 'zh'
          ? `「${agency.name}」不是有权制定规章的机关（省级、设区的市人民政府和国务院部门），但 ${valueName(cell, 'zh')} 为 ${cell.value.text}`
          : `“${agency.name}” has no power to make departmental rules (规章), yet ${valueName(cell, 'en')} is ${cell.value.text}`,
      related: [related(cell, ctx.lang)].filter((r) => r.line !== cell.value.span.start.line || r.column !== cell.value.span.start.column),
      actual: e.value,
      expected: 0,
    });
  }
  return out;
}
