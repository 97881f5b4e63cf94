import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from '../src/docs/rule-doc.js';
import { loadPacks } from '../src/packs.js';

describe('rule docs', () => {
  const packs = loadPacks();
  const dir = new URL('../docs/rules/', import.meta.url);
  it('has exactly one page per rule', () => {
    const ids = packs.flatMap((p) => p.rules.map((r) => `${r.id}.md`)).sort();
    expect(readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()).toEqual(ids);
  });
  for (const pack of packs) {
    for (const rule of pack.rules) {
      it(`${rule.id} is up to date (run npm run docs)`, () => {
        expect(readFileSync(new URL(`${rule.id}.md`, dir), 'utf8')).toBe(renderRuleDoc(rule, pack));
      });
    }
  }
});
