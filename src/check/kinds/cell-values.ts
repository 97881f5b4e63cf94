import type { BoundValue } from '../../recognise/bound.js';
import type { Report } from '../../recognise/report.js';
import { objectSlot } from '../../object-slot.js';
import { emptyOutcome, valueName, type CheckContext, type Outcome } from '../types.js';

type CellKind = 'non-negative' | 'integer' | 'unit';

export interface CellOptions {
  scope?: string;
  except_units?: string[];
  except_columns?: string[];
}

/** The bound values a per-cell check looks at: those under `scope`, minus the exempt columns. */
export function scoped(ctx: CheckContext, options: CellOptions): readonly BoundValue[] {
  const { scope, except_columns: exceptColumns } = options;
  const under = valuesUnder(ctx.report, scope ?? '');
  return exceptColumns ? under.filter((v) => !(v.column && exceptColumns.includes(v.column.id))) : under;
}

const valuesByScope = objectSlot<Report, Map<string, BoundValue[]>>('values-by-scope');

/**
 * A report's values whose keys start with `scope`, found once per report and scope: a 2021
 * report has eight per-cell checks over some 200 values, and each went through them all.
 * Shared: callers do not change it.
 */
function valuesUnder(report: Report, scope: string): readonly BoundValue[] {
  const memo = valuesByScope.get(report) ?? valuesByScope.set(report, new Map());
  let values = memo.get(scope);
  if (!values) {
    values = [];
    for (const v of report.values.values()) if (v.key.startsWith(scope)) values.push(v);
    memo.set(scope, values);
  }
  return values;
}

/**
 * Per-cell checks: non-negative numbers, integers (except money items), units that match
 * the template (in a unit column or written after the number), and cells that should hold
 * a number but do not.
 */
export function checkCells(ctx: CheckContext, kind: CellKind, options: CellOptions = {}): Outcome {
  const out = emptyOutcome();
  const zh = ctx.lang === 'zh';
  for (const bound of scoped(ctx, options)) {
    // Only a finding needs the name (most cells pass): it is made in the branches that report.
    const v = bound.value;
    if (kind === 'unit') {
      const printed = bound.unitCell?.text.trim() || (v.kind === 'number' ? v.unit : undefined);
      const span = bound.unitCell?.text.trim() ? bound.unitCell.span : v.span;
      if (!printed || !bound.item.unit) {
        out.unevaluated++;
      } else if (printed === bound.item.unit) {
        out.passed++;
      } else {
        out.failed++;
        out.findings.push({
          ruleId: ctx.rule.id,
          key: bound.key,
          span,
          message: zh
            ? `${valueName(bound, ctx.lang)} 的单位应为“${bound.item.unit}”，表中为“${printed}”`
            : `${valueName(bound, ctx.lang)}: unit should be “${bound.item.unit}”, the table says “${printed}”`,
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
          key: bound.key,
          span: v.span,
          message: zh ? `${valueName(bound, ctx.lang)} 的值“${v.text}”不是数字` : `${valueName(bound, ctx.lang)}: “${v.text}” is not a number`,
          related: [],
        });
      } else {
        out.unevaluated++;
      }
      continue;
    }
    const ok = kind === 'non-negative' ? v.value >= 0 : v.integer || exemptUnit(bound, options);
    if (ok) {
      out.passed++;
      continue;
    }
    out.failed++;
    out.findings.push({
      ruleId: ctx.rule.id,
      key: bound.key,
      span: v.span,
      message:
        kind === 'non-negative'
          ? zh
            ? `${valueName(bound, ctx.lang)} 不能为负数：${v.text}`
            : `${valueName(bound, ctx.lang)} cannot be negative: ${v.text}`
          : zh
            ? `${valueName(bound, ctx.lang)} 应为整数：${v.text}`
            : `${valueName(bound, ctx.lang)} must be a whole number: ${v.text}`,
      related: [],
      actual: v.value,
    });
  }
  return out;
}

/** An item whose unit the options exempt (万元 amounts need not be whole numbers). */
function exemptUnit(bound: BoundValue, options: CellOptions): boolean {
  return bound.item.unit !== undefined && options.except_units !== undefined && options.except_units.includes(bound.item.unit);
}
