import { narrativeOf } from '../narrative/narrative.js';
import { spanOf } from '../narrative/paragraphs.js';
import { targetsOf } from '../narrative/target.js';
import type { Report } from '../recognise/report.js';
import { holds, type CellVar, type Constraint, type ConstraintOptions, type ConstraintSet } from './constraints.js';

/**
 * The prose's exact claims about table quantities (claim-value checks: 新收申请 38 件 = 表三
 * 一 总计) as equalities between a number in the text and its table cells, so that a table
 * cell the text confirms is not taken for the wrong one, and a wrong number in the text is
 * found as such. A claim the sentence lets be read two ways (含上年结转) is a disjunction,
 * not a linear constraint, and is left out; so are approximate numbers and shares.
 */
export function addProseConstraints(set: ConstraintSet, report: Report, options: ConstraintOptions): void {
  const pack = report.pack;
  if (!pack) return;
  const rules = pack.rules.filter((r) => (options.severities[r.id] ?? r.severity) !== 'off');
  const subjectRule = new Map<string, string>();
  for (const r of rules) for (const c of r.checks) if (c.kind === 'claim-value') for (const s of c.subjects) subjectRule.set(s, r.id);
  if (subjectRule.size === 0) return;
  const n = narrativeOf(report);
  // The template table of a value key: the first of the report's tables to hold it (report.values keeps that value).
  const tableOfKey = (key: string) => report.values.get(key)?.tableDef.id ?? '';
  // Where each cell of the set is in its order, kept as cells are added below.
  const order = new Map<string, number>();
  for (const k of set.cells.keys()) order.set(k, order.size);
  const addCell = (cell: CellVar) => {
    set.cells.set(cell.key, cell);
    if (!order.has(cell.key)) order.set(cell.key, order.size);
  };
  const targets = targetsOf(n, pack);
  for (let i = 0; i < n.claims.length; i++) {
    const claim = n.claims[i];
    if (claim.percent || claim.ambiguous || !claim.exact || !claim.comparable) continue;
    const target = targets[i];
    const ruleId = target && subjectRule.get(target.subject);
    if (!target || !ruleId || target.also) continue;
    if (target.keys.some((k) => report.values.get(k)?.value.kind !== 'number')) continue;
    const span = spanOf(claim.para, report.source, claim.index, claim.end);
    const key = `prose@${span.start.offset}`;
    const table = firstCellOf(set, order, target.keys)?.table ?? tableOfKey(target.keys[0]);
    addCell({
      key,
      value: claim.value,
      text: claim.text,
      integer: claim.decimals === 0,
      span,
      table,
      total: false,
      bound: undefined,
      position: undefined,
      proseLabel: { zh: `正文中的${target.name.zh}`, en: `${target.name.en} in the text` },
    });
    for (const k of target.keys) {
      if (set.cells.has(k)) continue;
      const b = report.values.get(k)!;
      if (b.value.kind !== 'number') continue;
      addCell({ key: k, value: b.value.value, text: b.value.text, integer: b.value.integer, span: b.value.span, table: tableOfKey(k), total: false, bound: b, position: undefined, proseLabel: undefined });
    }
    const terms = new Map<string, number>([[key, -1]]);
    for (const k of target.keys) terms.set(k, (terms.get(k) ?? 0) + 1);
    const c: Constraint = {
      ruleId,
      terms,
      termKeys: [...terms.keys()],
      termCoefs: Float64Array.from(terms.values()),
      op: '=',
      tolerance: options.ruleTolerance?.[ruleId] ?? options.tolerance ?? 0,
      failing: false,
      at: span,
    };
    c.failing = !holds(c, (k) => set.cells.get(k)!.value);
    set.constraints.push(c);
  }
}

/** The first of the set's cells (in the order they were added: `order`) that is one of `keys`. */
function firstCellOf(set: ConstraintSet, order: Map<string, number>, keys: string[]): CellVar | undefined {
  let first: string | undefined;
  for (const k of keys) {
    const at = order.get(k);
    if (at !== undefined && (first === undefined || at < order.get(first)!)) first = k;
  }
  return first === undefined ? undefined : set.cells.get(first);
}
