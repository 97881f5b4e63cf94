import { describe, expect, it } from 'vitest';
import { ruleExamples } from '../src/docs/examples.js';
import { lintText } from '../src/lint-source.js';
import { loadPacks } from '../src/packs.js';

/**
 * The examples on the rule pages are linted with the real rules (as ESLint's
 * check-rule-examples does): the failing one gives exactly that rule at the stated
 * line:column, the passing one nothing from it.
 */
describe('rule page examples', () => {
  const examples = ruleExamples();
  const ruleIds = new Set(loadPacks().flatMap((p) => p.rules.map((r) => r.id)));

  it('cover every rule of a single report (the cross-year rules need two reports: see test/cross-year.test.ts)', () => {
    const singleReport = [...ruleIds].filter((id) => !/^F21-X-/.test(id));
    expect(singleReport.length).toBeGreaterThanOrEqual(44);
    expect(singleReport.filter((id) => !examples.has(id))).toEqual([]);
  });

  for (const [id, ex] of examples) {
    describe(id, () => {
      it('is a rule of a pack', () => expect(ruleIds.has(id)).toBe(true));
      it(`failing example: ${id} at ${ex.failing.at.join(', ')}`, () => {
        const result = lintText(`${id}.md`, ex.failing.text, ex.kind, { lang: 'zh', rules: {} });
        const got = result.messages.filter((m) => m.ruleId === id).map((m) => `${m.line}:${m.column}`);
        expect(got).toEqual(ex.failing.at);
      });
      it('passing example: nothing from it', () => {
        const result = lintText(`${id}.md`, ex.passing.text, ex.kind, { lang: 'zh', rules: {} });
        expect(result.messages.filter((m) => m.ruleId === id)).toEqual([]);
        expect(result.format).not.toBe('unknown');
      });
    });
  }
});
