import { describe, expect, it } from 'vitest';
import { lintText, type LintSettings } from '../src/lint-source.js';
import { isEmpty } from '../src/is-empty.js';
import { edit, fixture } from './narrative/helpers.js';

/** The legacy fixture with its money line (专项经费 1.2 万元 in the table) said as 1.5 in the prose. */
const MONEY_OFF = edit(fixture('legacy-clean.txt'), '专项经费1.2万元', '专项经费1.5万元');
const findings = (settings?: LintSettings) =>
  lintText('r.txt', MONEY_OFF, 'text', { lang: 'zh', rules: {}, settings }).messages.map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`);

describe('tolerance from the settings and from a rule\'s options', () => {
  it('decimals within the tolerance agree; a rule\'s own tolerance wins over the general one', () => {
    expect(findings()).toEqual(['L-P-1 2 6:83']);
    expect(findings({ tolerance: 0.5 })).toEqual([]);
    expect(findings({ ruleOptions: { 'L-P-1': { tolerance: 0.5 } } })).toEqual([]);
    expect(findings({ ruleOptions: { 'L-P-1': { tolerance: 0.2 } } })).toEqual(['L-P-1 2 6:83']);
    expect(findings({ tolerance: 0.5, ruleOptions: { 'L-P-1': { tolerance: 0.1 } } })).toEqual(['L-P-1 2 6:83']);
  });

  it('options without a tolerance, or for another rule, change nothing', () => {
    expect(findings({ ruleOptions: {} })).toEqual(['L-P-1 2 6:83']);
    expect(findings({ ruleOptions: { 'L-P-1': {} } })).toEqual(['L-P-1 2 6:83']);
    expect(findings({ ruleOptions: { 'L-CH-2': { tolerance: 0.5 } } })).toEqual(['L-P-1 2 6:83']);
  });
});

describe('isEmpty', () => {
  it('is true only for an object without enumerable properties of its own', () => {
    expect(isEmpty({})).toBe(true);
    expect(isEmpty(Object.create({ inherited: 1 }))).toBe(true);
    expect(isEmpty(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }))).toBe(true);
    expect(isEmpty({ a: undefined })).toBe(false);
    expect(isEmpty({ 'L-P-1': 'off' })).toBe(false);
  });
});
