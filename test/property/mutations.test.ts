import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lintBytes, lintText, type LintOptions } from '../../src/lint-source.js';
import type { FileResult } from '../../src/result.js';
import { ROOT } from '../helpers/cli.js';
import { legacyModel, model2021, styled } from './arbitraries.js';
import { figure, params } from './budget.js';
import { apply, byteEdit, textEdit } from './mutate.js';
import { LAYOUTS, render } from './render.js';

const options: LintOptions = { lang: 'zh', rules: {} };
/** Far above the few milliseconds a report takes: a case over it is a hang, not noise. */
const BOUND_MS = 5000;

const EXAMPLES = ['legacy/clean.txt', 'legacy/broken.md', 'legacy/clean-columns.txt', '2021/clean.md', '2021/broken-cells.txt', '2021/clean-pdf.txt', '2019/clean.md', 'html/2021-broken.html'];

/** Real-looking reports: the examples, and generated ones in every layout. */
const base: fc.Arbitrary<{ name: string; text: string; kind: 'markdown' | 'text' }> = fc.oneof(
  fc.constantFrom(...EXAMPLES).map((rel) => ({ name: rel, text: readFileSync(path.join(ROOT, 'examples', rel), 'utf8'), kind: rel.endsWith('.md') ? ('markdown' as const) : ('text' as const) })),
  fc.tuple(fc.oneof(styled(legacyModel), styled(model2021)), fc.nat()).map(([m, n]) => {
    const layout = LAYOUTS[m.format][n % LAYOUTS[m.format].length];
    const r = render(m, layout);
    return { name: `${m.format}-${layout}`, text: r.text, kind: r.kind };
  }),
);

/** A result is whole: counts that add up, positions that are positions, and it serialises. */
function expectWellFormed(result: FileResult, file: string, lines: number) {
  expect(result.filePath).toBe(file);
  expect(result.messages.map((m) => m.ruleId)).not.toContain('internal-error');
  for (const m of result.messages) {
    expect(typeof m.ruleId === 'string' && m.ruleId.length > 0).toBe(true);
    expect([1, 2]).toContain(m.severity);
    for (const n of [m.line, m.column, m.endLine, m.endColumn]) expect(Number.isInteger(n) && n >= 1).toBe(true);
    expect(m.line).toBeLessThanOrEqual(lines);
  }
  expect(result.errorCount).toBe(result.messages.filter((m) => m.severity === 2).length);
  expect(result.warningCount).toBe(result.messages.filter((m) => m.severity === 1).length);
  expect(() => JSON.stringify(result)).not.toThrow();
}

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

describe('property 3: damaged reports never throw, never hang, always get a result', () => {
  const stats = { text: 0, bytes: 0, slowestMs: 0 };
  afterAll(() => figure('mutations', { textCases: stats.text, byteCases: stats.bytes, slowestMs: Math.round(stats.slowestMs) }));

  it('line and character edits (lintText), the same result twice', () => {
    fc.assert(
      fc.property(base, fc.array(textEdit, { minLength: 1, maxLength: 6 }), ({ name, text, kind }, edits) => {
        const damaged = apply(text, edits);
        const t0 = performance.now();
        const result = lintText(name, damaged, kind, options);
        const ms = performance.now() - t0;
        stats.text++;
        stats.slowestMs = Math.max(stats.slowestMs, ms);
        expect(ms).toBeLessThan(BOUND_MS);
        expectWellFormed(result, name, lineCount(damaged));
        // Deterministic: nothing cached from one run leaks into the next.
        expect(JSON.stringify(lintText(name, damaged, kind, options))).toBe(JSON.stringify(result));
      }),
      params(80),
    );
  });

  it('byte edits (lintBytes), read as text, Markdown, HTML or CSV', async () => {
    await fc.assert(
      fc.asyncProperty(base, fc.array(byteEdit, { minLength: 1, maxLength: 6 }), fc.constantFrom('r.txt', 'r.md', 'r.html', 'r.csv'), async ({ text }, edits, file) => {
        const damaged = apply(new Uint8Array(Buffer.from(text, 'utf8')), edits);
        const t0 = performance.now();
        const result = await lintBytes(file, damaged, options);
        const ms = performance.now() - t0;
        stats.bytes++;
        stats.slowestMs = Math.max(stats.slowestMs, ms);
        expect(ms).toBeLessThan(BOUND_MS);
        expectWellFormed(result, file, Number.MAX_SAFE_INTEGER);
      }),
      params(60),
    );
  });
});
