// Writes docs/rules/<id>.md for every rule of every pack (run by `npm run docs`).
// test/docs.test.ts fails when the committed pages differ from what this writes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadPacks } from '../dist/packs.js';
import { renderRuleDocs } from '../dist/docs/rule-doc.js';

const dir = new URL('../docs/rules/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.endsWith('.md')) rmSync(new URL(f, dir));
const pages = renderRuleDocs(loadPacks());
for (const [id, text] of pages) writeFileSync(new URL(`${id}.md`, dir), text);
console.log(`wrote ${pages.size} rule pages to docs/rules/`);
