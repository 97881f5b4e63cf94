import { emptyOutcome, itemName, type CheckContext, type Outcome } from '../types.js';

type CellKind = 'non-negative' | 'integer' | 'unit';

/**
 * Per-cell checks over every bound value: non-negative numbers, integers (except money
 * items), units that match the template, and cells that should hold a number but do not.
 */
export function checkCells(ctx: CheckContext, kind: CellKind, exceptUnits: string[] = []): Outcome {
  const out = emptyOutcome();
  for (const bound of ctx.report.values.values()) {
    const name = itemName(bound.item, ctx.lang);
    const v = bound.value;
    if (kind === 'unit') {
      const printed = bound.unitCell?.text.trim();
      if (!printed || !bound.item.unit) {
        out.unevaluated++;
      } else if (printed === bound.item.unit) {
        out.passed++;
      } else {
        out.failed++;
        out.findings.push({
          ruleId: ctx.rule.id,
          span: bound.unitCell!.span,
          message:
            ctx.lang === 'zh'
              ? `${name} 的单位应为“${bound.item.unit}”，表中为“${printed}”`
              : `${name}: unit should be “${bound.item.unit}”, the table says “${printed}”`,
          related: [],
        });
      }
      continue;
    }
    if (v.kind === 'blank' || v.kind === 'placeholder') {
      out.unevaluated++;
      continue;
    }
    if (v.kind === 'invalid') {
      // Reported once, by the integer kind, so a bad cell is not flagged twice.
      if (kind === 'integer') {
        out.failed++;
        out.findings.push({
          ruleId: ctx.rule.id,
          span: v.span,
          message: ctx.lang === 'zh' ? `${name} 的值“${v.text}”不是数字` : `${name}: “${v.text}” is not a number`,
          related: [],
        });
      } else {
        out.unevaluated++;
      }
      continue;
    }
    const exempt = bound.item.unit !== undefined && exceptUnits.includes(bound.item.unit);
    const ok = kind === 'non-negative' ? v.value >= 0 || exempt : v.integer || exempt;
    if (ok) {
      out.passed++;
      continue;
    }
    out.failed++;
    out.findings.push({
      ruleId: ctx.rule.id,
      span: v.span,
      message:
        kind === 'non-negative'
          ? ctx.lang === 'zh'
            ? `${name} 不能为负数：${v.text}`
            : `${name} cannot be negative: ${v.text}`
          : ctx.lang === 'zh'
            ? `${name} 应为整数：${v.text}`
            : `${name} must be a whole number: ${v.text}`,
      related: [],
      actual: v.value,
    });
  }
  return out;
}
