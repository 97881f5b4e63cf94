import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleDocs } from '../src/docs/rule-doc.js';
import { loadPacks } from '../src/packs.js';

describe('rule docs', () => {
  const pages = renderRuleDocs(loadPacks());
  const dir = new URL('../docs/rules/', import.meta.url);
  it('has exactly one page per rule', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.md')).sort()).toEqual([...pages.keys()].map((id) => `${id}.md`).sort());
  });
  for (const [id, text] of pages) {
    it(`${id} is up to date (run npm run docs)`, () => {
      expect(readFileSync(new URL(`${id}.md`, dir), 'utf8')).toBe(text);
    });
  }
});
