import type { Operand } from '../packs.js';
import type { BoundValue } from '../recognise/bind-table.js';
import type { Report } from '../recognise/report.js';
import { formatNumber, valueName, type Lang } from './types.js';

export type Evaluated =
  | { ok: true; value: number; terms: Array<BoundValue & { value: { kind: 'number' } }>; isSum: boolean }
  | { ok: false };

/**
 * The value of an operand (an item, or a sum of items). A missing item or a blank,
 * placeholder or non-numeric cell makes the operand unknown: the check is then not
 * evaluated rather than failed (as R validate does with NA).
 */
export function evaluate(operand: Operand, report: Report): Evaluated {
  const keys = typeof operand === 'string' ? [operand] : operand.sum;
  const terms: Array<BoundValue & { value: { kind: 'number' } }> = [];
  let value = 0;
  for (const key of keys) {
    const bound = report.values.get(key);
    if (!bound || bound.value.kind !== 'number') return { ok: false };
    terms.push(bound as BoundValue & { value: { kind: 'number' } });
    value += bound.value.value;
  }
  return { ok: true, value, terms, isSum: typeof operand !== 'string' };
}

/** `当面申请数 1 + 传真申请数 0 = 1`, or just `当面申请数 1` for a single item. */
export function describe(e: Extract<Evaluated, { ok: true }>, lang: Lang): string {
  const parts = e.terms.map((t) => `${valueName(t, lang)} ${t.value.text}`).join(' + ');
  return e.isSum ? `${parts} = ${formatNumber(e.value)}` : parts;
}

/** Equal up to rounding, or up to `tolerance` when a decimal is involved. */
export function nearlyEqual(a: number, b: number, tolerance = 0): boolean {
  const slack = Number.isInteger(a) && Number.isInteger(b) ? 1e-9 : Math.max(tolerance, 1e-9);
  return Math.abs(a - b) <= slack;
}
