import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText, type LintOptions } from '../../src/lint-source.js';
import { bindingsOf } from '../helpers/bindings.js';
import { legacyModel, model2021, styled, type Model } from './arbitraries.js';
import { figure, params, runs } from './budget.js';
import { broken } from './relations.js';
import { relationsFor } from './edits.js';
import { LAYOUTS, numberText, render } from './render.js';

const options: LintOptions = { lang: 'zh', rules: {} };
const RUNS = 12;

/**
 * Property 1: a report whose numbers satisfy every invariant of its format lints clean in every
 * layout — no error, no warning — and every value is bound, at the cell it was written in.
 */
describe.each([
  ['legacy', styled(legacyModel)],
  ['2021', styled(model2021)],
] as const)('%s reports generated consistent', (format, arbitrary) => {
  let reports = 0;
  afterAll(() => figure(`consistent ${format}`, { models: runs(RUNS), reports }));

  it('the generator satisfies every relation of the pack (the oracle agrees)', () => {
    fc.assert(
      fc.property(arbitrary, (m: Model) => {
        expect(broken(relationsFor(m), m.values).map((r) => `${r.rule} ${r.keys}`)).toEqual([]);
      }),
      params(RUNS),
    );
  });

  it('lint clean, recognised with every item bound at its cell, in every layout', () => {
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(...LAYOUTS[format]), (m: Model, layout: string) => {
        const r = render(m, layout);
        const result = lintText(`generated.${r.kind === 'markdown' ? 'md' : 'txt'}`, r.text, r.kind, options);
        reports++;
        expect(result.messages.map((x) => `${x.ruleId} ${x.line}:${x.column} ${x.message}`)).toEqual([]);
        expect(result.format).toBe(format);
        expect(result.recognised.items).toBe(m.values.size);
        const bound = bindingsOf(r.text, r.kind);
        for (const [key, value] of m.values) {
          const at = r.at.get(key)!;
          expect({ key, ...bound.get(key) }).toMatchObject({ key, text: numberText(value, m.style), line: at.line, column: at.column });
        }
      }),
      params(RUNS * LAYOUTS[format].length),
    );
  });
});
