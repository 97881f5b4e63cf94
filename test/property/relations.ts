import { expand } from '../../src/check/run-rule.js';
import type { Operand, Pack } from '../../src/packs.js';

/**
 * The table invariants of a pack as plain arithmetic, an oracle independent of the checker: which
 * relations hold for a set of values, and where a correct checker reports a broken one (the
 * total of a sum; the `at` cell of a comparison, else its single side, as DESIGN.md says).
 */
export interface Relation {
  rule: string;
  severity: 'error' | 'warn';
  kind: 'sum' | 'compare' | 'non-negative' | 'integer' | 'rule-making';
  keys: string[];
  anchor?: string;
  holds(values: Map<string, number>): boolean | undefined;
}

const keysOf = (o: Operand) => (typeof o === 'string' ? [o] : o.sum);
const total = (o: Operand, v: Map<string, number>) => {
  let s = 0;
  for (const k of keysOf(o)) {
    const x = v.get(k);
    if (x === undefined) return undefined;
    s += x;
  }
  return s;
};
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** Every sum, comparison and per-cell check of a pack, over the keys a model has. */
export function relationsOf(pack: Pack, keys: Iterable<string>, unitOf: (key: string) => string | undefined, agency = ''): Relation[] {
  const all = [...keys];
  const out: Relation[] = [];
  for (const rule of pack.rules) {
    if (rule.severity === 'off') continue;
    const severity = rule.severity;
    for (const check of rule.checks.flatMap(expand)) {
      if (check.kind === 'sum') {
        const keys = [check.total, ...check.parts];
        out.push({
          rule: rule.id,
          severity,
          kind: 'sum',
          keys,
          anchor: check.total,
          holds: (v) => {
            const t = v.get(check.total);
            const p = total({ sum: check.parts }, v);
            return t === undefined || p === undefined ? undefined : near(t, p);
          },
        });
      } else if (check.kind === 'compare') {
        const { left, right, op } = check;
        const anchor = check.at ?? (typeof left !== 'string' && typeof right === 'string' ? right : keysOf(left)[0]);
        out.push({
          rule: rule.id,
          severity,
          kind: 'compare',
          keys: [...keysOf(left), ...keysOf(right)],
          anchor,
          holds: (v) => {
            const l = total(left, v);
            const r = total(right, v);
            if (l === undefined || r === undefined) return undefined;
            return op === '=' ? near(l, r) : op === '<=' ? l <= r || near(l, r) : l >= r || near(l, r);
          },
        });
      } else if (check.kind === 'rule-making') {
        // 规章 counts are 0 unless the body named in the title may make them.
        const allowed = check.bodies.some((b) => new RegExp(b, 'u').test(agency));
        for (const key of check.items) {
          out.push({ rule: rule.id, severity, kind: 'rule-making', keys: [key], anchor: key, holds: (v) => (v.get(key) === undefined ? undefined : allowed || v.get(key) === 0) });
        }
      } else if (check.kind === 'non-negative' || check.kind === 'integer') {
        const kind = check.kind;
        for (const key of all) {
          if (check.scope && !key.startsWith(check.scope)) continue;
          if (kind === 'integer' && check.except_units?.includes(unitOf(key) ?? '')) continue;
          out.push({
            rule: rule.id,
            severity,
            kind,
            keys: [key],
            anchor: key,
            holds: (v) => {
              const x = v.get(key);
              return x === undefined ? undefined : kind === 'non-negative' ? x >= 0 : Number.isInteger(x);
            },
          });
        }
      }
    }
  }
  // Relations over keys the model does not have (another format's items) say nothing here.
  const known = new Set(all);
  return out.filter((r) => r.keys.every((k) => known.has(k)));
}

/** The relations a set of values breaks. */
export function broken(relations: Relation[], values: Map<string, number>): Relation[] {
  return relations.filter((r) => r.holds(values) === false);
}
