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

/**
 * evaluate's value alone (undefined where it is not ok), added up in the same order, with nothing
 * allocated: most checks pass, and only a failing one needs the terms (the sum and compare checks
 * of a 2021 report made some 24 kB of them).
 */
export function operandValue(operand: Operand, report: Report): number | undefined {
  if (typeof operand === 'string') {
    const v = numberAt(operand, report);
    return v === undefined ? undefined : 0 + v;
  }
  return sumValue(operand.sum, report);
}

/** operandValue of `{ sum: keys }`, without that object. */
export function sumValue(keys: readonly string[], report: Report): number | undefined {
  let value = 0;
  for (const key of keys) {
    const v = numberAt(key, report);
    if (v === undefined) return undefined;
    value += v;
  }
  return value;
}

function numberAt(key: string, report: Report): number | undefined {
  const bound = report.values.get(key);
  return bound && bound.value.kind === 'number' ? bound.value.value : undefined;
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
