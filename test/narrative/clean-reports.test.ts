import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromText } from '../../src/extract/input-kinds.js';
import { loadFolding } from '../../src/folding.js';
import { narrativeOf } from '../../src/narrative/narrative.js';
import { targetOf } from '../../src/narrative/target.js';
import { loadPacks } from '../../src/packs.js';
import { recognise } from '../../src/recognise/report.js';
import { ROOT } from '../helpers/cli.js';
import { seedText } from '../helpers/seed.js';
import { lint, PROSE_RULE } from './helpers.js';

function claimsNamingTheTable(text: string, kind: 'markdown' | 'text'): number {
  const folding = loadFolding();
  const { source, document } = fromText(text, kind, folding);
  const report = recognise(document, loadPacks(), source, folding);
  const n = narrativeOf(report);
  return n.claims.filter((c) => c.exact && targetOf(c, n, report.pack!)).length;
}

const CLEAN = ['legacy', '2019', '2021'].flatMap((dir) =>
  readdirSync(path.join(ROOT, 'examples', dir))
    .filter((f) => f.startsWith('clean'))
    .map((f) => `examples/${dir}/${f}`),
);

describe('clean reports stay clean under the prose rules', () => {
  for (const file of CLEAN) {
    it(file, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const kind = file.endsWith('.md') ? 'markdown' : 'text';
      expect(lint(text, kind).messages.filter((m) => PROSE_RULE.test(m.ruleId))).toEqual([]);
      // Not clean because nothing was read: the prose numbers that name the tables were compared.
      expect(claimsNamingTheTable(text, kind)).toBeGreaterThanOrEqual(file.includes('2019') ? 12 : 15);
    });
  }

  it('the seed report (only an approximate number in its prose)', () => {
    expect(lint(seedText(), 'text').messages).toEqual([]);
    expect(claimsNamingTheTable(seedText(), 'text')).toBe(0);
  });
});
