import { describe, expect, it } from 'vitest';
import { strictTree } from '../../src/extract/html-strict.js';
import { loadFolding } from '../../src/folding.js';
import { normaliseLabel } from '../../src/label.js';
import { readClaims } from '../../src/narrative/claims.js';
import { foldNumberText, numberTokens } from '../../src/narrative/numerals.js';
import { loadNarrativePolicy } from '../../src/narrative/policy.js';
import { isValueToken } from '../../src/value.js';
import { figure } from '../property/budget.js';
import { pathological, ruleRegexes, sourceRegexes, type Found } from './regex-inventory.js';

/**
 * No regular expression applied to report text backtracks catastrophically: each one, from the
 * source and from the rule files, runs over long pathological strings (every start position
 * tried, as a global search does) within a bound. A linear regex takes a few milliseconds on
 * 50,000 characters; a quadratic one over a second, an exponential one for ever.
 */
const LENGTH = 50_000;
const BOUND_MS = 500;

function slowest(found: Found[]): Array<{ where: string; input: string; ms: number }> {
  const slow: Array<{ where: string; input: string; ms: number }> = [];
  for (const { where, regex } of found) {
    const global = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '') + 'g');
    for (const s of pathological(regex, LENGTH)) {
      const t0 = performance.now();
      s.replace(global, '');
      const ms = performance.now() - t0;
      if (ms > BOUND_MS) slow.push({ where: `${where} /${regex.source}/`, input: `${JSON.stringify(s.slice(0, 6))}… (${s.length})`, ms: Math.round(ms) });
    }
  }
  return slow;
}

describe('regex safety', () => {
  it('every regex literal in src/ is linear on pathological strings', () => {
    const found = sourceRegexes();
    expect(found.length).toBeGreaterThan(50);
    figure('regex literals', { count: found.length });
    expect(slowest(found)).toEqual([]);
  });

  it('every pattern of the rule files (narrative policy, rule-making bodies) is linear too', () => {
    const found = ruleRegexes();
    expect(found.length).toBeGreaterThan(50);
    figure('rule patterns', { count: found.length });
    expect(slowest(found)).toEqual([]);
  });

  it('labels, values and claims are read in bounded time from 100,000-character texts', () => {
    const folding = loadFolding();
    const policy = loadNarrativePolicy();
    const texts = ['1'.repeat(1e5) + 'x', '（'.repeat(1e5), '【'.repeat(1e5), '、'.repeat(1e5) + 'x', '| '.repeat(5e4), '一、'.repeat(5e4), '(1)'.repeat(3e4), '1.'.repeat(5e4), '１２３，'.repeat(2.5e4), '共3件，其中'.repeat(2e4), '3件（'.repeat(3e4)];
    for (const text of texts) {
      const t0 = performance.now();
      normaliseLabel(text, folding);
      isValueToken(text, folding);
      numberTokens(foldNumberText(text));
      readClaims({ text: foldNumberText(text.slice(0, 10_000)), isHeading: false, pieces: [{ at: 0, start: 0, length: 10_000 }] }, policy);
      expect(performance.now() - t0, JSON.stringify(text.slice(0, 8))).toBeLessThan(2000);
    }
  });

  it('the strict HTML reader (its regexes built, not literals) reads pathological pages in bounded time', () => {
    const pages = [
      `<a${' b=c'.repeat(100_000)}&`, `<a${' b="c'.repeat(50_000)}`, `<a b=${'x='.repeat(200_000)}&`, `<div>${'<!-- '.repeat(100_000)}`,
      `<script>${'</scrip'.repeat(100_000)}`, `<a${' b'.repeat(200_000)} &>`, `${'<b>'.repeat(100_000)}`, `<p>${'&amp'.repeat(100_000)}`,
    ];
    for (const html of pages) {
      const t0 = performance.now();
      expect(strictTree(html)).toBeUndefined();
      expect(performance.now() - t0, JSON.stringify(html.slice(0, 12))).toBeLessThan(2000);
    }
  });
});
