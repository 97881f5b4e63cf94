import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { legacyModel, model2021, styled, type Model } from './arbitraries.js';
import { figure, params, runs, SEED } from './budget.js';
import { edit, relatedKeys, relationsFor, Tally } from './edits.js';
import { LAYOUTS } from './render.js';

/**
 * Property 2: changing any single value that takes part in an invariant is caught, at that cell
 * or at the total of a relation it is in (the finding's key and its line:column), and a change
 * that breaks nothing draws no finding. The sweep changes every such cell of one generated
 * report per layout, up and down; the random property draws report, layout, cell and new value
 * (including negative and fractional ones). Recall is printed; the target is 100 %.
 */
const FORMATS = [
  ['legacy', styled(legacyModel)],
  ['2021', styled(model2021)],
] as const;

describe.each(FORMATS)('%s: single-value edits', (format, arbitrary) => {
  const tally = new Tally();
  afterAll(() => figure(`single-edit ${format}`, tally.figures()));

  it.each(LAYOUTS[format].map((l, i) => [l, i] as const))('every related cell, up and down, in the %s layout', (layout, i) => {
    const reports = Math.max(1, Math.round(runs(1) / 50));
    for (const m of fc.sample(arbitrary, { seed: SEED + i, numRuns: reports }) as Model[]) {
      const relations = relationsFor(m);
      for (const key of relatedKeys(relations)) {
        const x = m.values.get(key)!;
        for (const value of [x + 1, x > 0 ? x - 1 : x + 2]) tally.add(`${layout} ${key} ${x}→${value}`, edit(m, layout, relations, key, value));
      }
    }
    expect(tally.missed).toEqual([]);
    expect(tally.falseAlarms).toEqual([]);
  });

  it('random report, layout, cell and value', () => {
    const value = fc.oneof(fc.nat(50), fc.integer({ min: -20, max: -1 }), fc.nat(999).map((n) => n + 0.5));
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(...LAYOUTS[format]), fc.nat(), value, (m: Model, layout: string, pick: number, v: number) => {
        const relations = relationsFor(m);
        const keys = [...m.values.keys()];
        const key = keys[pick % keys.length];
        if (v === m.values.get(key)) return;
        const o = edit(m, layout, relations, key, v);
        tally.add(`${layout} ${key} ${m.values.get(key)}→${v}`, o);
        if (o.breaks.length > 0) expect(o.caught, `${key}→${v}: ${o.messages.map((x) => `${x.ruleId}@${x.key} ${x.line}:${x.column}`).join(', ')}`).toBeDefined();
        else expect(o.messages).toEqual([]);
      }),
      params(60),
    );
  });
});
