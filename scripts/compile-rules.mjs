// Part of `npm run build`: parses every rules/*.yaml once and stores the result as JSON beside
// the compiled code (dist/rules.compiled.json), which src/rule-files.ts reads at start-up.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const dir = new URL('../rules/', import.meta.url);
const out = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) out[f] = parse(readFileSync(new URL(f, dir), 'utf8'));
writeFileSync(new URL('../dist/rules.compiled.json', import.meta.url), JSON.stringify(out));
