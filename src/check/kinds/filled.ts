import type { BoundValue } from '../../recognise/bound.js';
import { emptyOutcome, related, valueName, type CheckContext, type Outcome } from '../types.js';
import { scoped } from './cell-values.js';

/**
 * A row that has numbers must fill in `column` (the 总计 column): a blank total is neither
 * zero nor checkable, so it is reported instead of assumed.
 */
export function checkFilled(ctx: CheckContext, column: string, scope?: string): Outcome {
  const out = emptyOutcome();
  const values = scoped(ctx, { scope });
  // Each row's values, in order: one pass, not a search of every value per row.
  const rows = new Map<BoundValue['item'], BoundValue[]>();
  for (const v of values) {
    const row = rows.get(v.item);
    if (row) row.push(v);
    else rows.set(v.item, [v]);
  }
  for (const v of values) {
    if (v.column?.id !== column) continue;
    const rowmates = rows.get(v.item)!.filter((o) => o !== v && o.value.kind === 'number');
    if (rowmates.length === 0) {
      out.unevaluated++;
      continue;
    }
    if (v.value.kind !== 'blank') {
      out.passed++;
      continue;
    }
    out.failed++;
    out.findings.push({
      ruleId: ctx.rule.id,
      key: v.key,
      span: v.value.span,
      message:
        ctx.lang === 'zh'
          ? `${valueName(v, 'zh')} 未填写，而这一行其他列有数值；空白不会当作 0 参与校验`
          : `${valueName(v, 'en')} is blank while the row has values; a blank is not taken as 0`,
      related: rowmates.map((o) => related(o, ctx.lang)),
    });
  }
  return out;
}
