// Writes docs/rules/<id>.md for every rule of every pack (run by `npm run docs`).
// test/docs.test.ts fails when the committed pages differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadPacks } from '../dist/packs.js';
import { renderRuleDoc } from '../dist/docs/rule-doc.js';

const dir = new URL('../docs/rules/', import.meta.url);
mkdirSync(dir, { recursive: true });
let count = 0;
for (const pack of loadPacks()) {
  for (const rule of pack.rules) {
    writeFileSync(new URL(`${rule.id}.md`, dir), renderRuleDoc(rule, pack));
    count++;
  }
}
console.log(`wrote ${count} rule pages to docs/rules/`);
