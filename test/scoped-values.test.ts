import { describe, expect, it } from 'vitest';
import { scoped } from '../src/check/kinds/cell-values.js';
import type { CheckContext } from '../src/check/types.js';
import { exampleText, reportOf } from './helpers/report.js';

function contextOf(file: string): CheckContext {
  const report = reportOf(exampleText(file));
  return { report, rule: report.pack!.rules[0], lang: 'zh', tolerance: 0 };
}

// The values a per-cell check sees are found once per report and scope (src/check/kinds/cell-values.ts).
describe('values under a scope', () => {
  const keysOf = (values: readonly { key: string }[]) => values.map((v) => v.key);

  it('are the values whose keys start with the scope, in the report order, whichever scope is asked first', () => {
    const ctx = contextOf('2021/clean.md');
    const all = [...ctx.report.values.values()];
    expect(all.length).toBeGreaterThan(100);
    for (const scope of ['t3.', 't4.', 't2.', 't3.']) {
      const want = all.filter((v) => v.key.startsWith(scope));
      expect(want.length).toBeGreaterThan(0);
      expect(keysOf(scoped(ctx, { scope }))).toEqual(keysOf(want));
    }
    expect(keysOf(scoped(ctx, {}))).toEqual(keysOf(all));
  });

  it('leave out the exempt columns without changing what the next check sees', () => {
    const ctx = contextOf('2019/clean.md');
    const under = [...ctx.report.values.values()].filter((v) => v.key.startsWith('t2.'));
    const exempt = under.filter((v) => v.column?.id === 'amount');
    expect(exempt.length).toBeGreaterThan(0);
    const kept = scoped(ctx, { scope: 't2.', except_columns: ['amount'] });
    expect(keysOf(kept)).toEqual(keysOf(under.filter((v) => v.column?.id !== 'amount')));
    expect(keysOf(scoped(ctx, { scope: 't2.' }))).toEqual(keysOf(under));
  });

  it('are a report\'s own: a second report gets its values, not the first one\'s', () => {
    const first = contextOf('2021/clean.md');
    const second = contextOf('2021/broken.md');
    const a = scoped(first, { scope: 't3.' });
    const b = scoped(second, { scope: 't3.' });
    expect(b.every((v) => second.report.values.get(v.key) === v)).toBe(true);
    expect(a.every((v) => first.report.values.get(v.key) === v)).toBe(true);
  });
});
