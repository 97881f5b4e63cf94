import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromText } from '../../src/extract/input-kinds.js';
import { loadFolding } from '../../src/folding.js';
import { narrativeOf } from '../../src/narrative/narrative.js';
import { subjectKeys, targetOf } from '../../src/narrative/target.js';
import { loadPacks } from '../../src/packs.js';
import { recognise } from '../../src/recognise/report.js';
import { bindingsOf, bump } from '../helpers/bindings.js';
import { ROOT } from '../helpers/cli.js';
import { lint, PROSE_RULE } from './helpers.js';

/** How many prose statements name each table cell (a number claim, or "未发生…" for a zero). */
function namedCells(text: string, kind: 'markdown' | 'text'): Map<string, number> {
  const folding = loadFolding();
  const { source, document } = fromText(text, kind, folding);
  const report = recognise(document, loadPacks(), source, folding);
  const n = narrativeOf(report);
  const out = new Map<string, number>();
  const add = (keys: string[]) => {
    for (const k of new Set(keys)) out.set(k, (out.get(k) ?? 0) + 1);
  };
  for (const c of n.claims) {
    const t = c.exact && c.comparable && !c.percent && !c.ambiguous ? targetOf(c, n, report.pack!) : undefined;
    if (t) add(t.keys);
  }
  for (const s of n.negations) for (const subject of s.subjects) add(subjectKeys(subject, n, report.pack!) ?? []);
  return out;
}

/**
 * Each table cell of a clean example changed by one: a cell the prose states draws exactly one
 * prose finding per statement, pointing at the prose and naming the cell; any other cell draws
 * none. This is what the broken examples' planted edits rely on.
 */
const EXAMPLES: Array<[string, 'markdown' | 'text', string[]]> = [
  ['examples/2021/clean.md', 'markdown', ['t3.new.total', 't3.new.np', 't3.carried-in.total', 't3.total.total', 't3.granted.total', 't3.refused.process.total', 't2.license.decisions', 't4.rv.upheld', 't4.lta.total']],
  ['examples/2021/clean-pdf.txt', 'text', ['t3.new.total', 't2.license.decisions', 't4.rv.total']],
  ['examples/2019/clean.md', 'markdown', ['t3.new.total', 't3.other.total', 't3.carried-out.total', 't2.procurement.count', 't4.ltd.total', 't4.lta.total']],
  ['examples/legacy/clean.md', 'markdown', ['ap.total', 'ch.wechat', 'req.received', 'req.refused.privacy', 'rv.upheld', 'org.budget', 'mt.trainees']],
];

for (const [file, kind, mustBeNamed] of EXAMPLES) {
  describe(`${file}: every table cell changed by one`, () => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const cells = bindingsOf(text, kind);
    const named = namedCells(text, kind);

    it('the prose names the cells its README lists', () => {
      for (const key of mustBeNamed) expect(named.has(key), key).toBe(true);
    });

    for (const [key, cell] of cells) {
      it(key, () => {
        const prose = lint(bump(text, cell), kind).messages.filter((m) => PROSE_RULE.test(m.ruleId));
        expect(prose).toHaveLength(named.get(key) ?? 0);
        for (const m of prose) {
          expect(m.related?.some((r) => r.line === cell.line && r.column === cell.column)).toBe(true);
          expect(m.line === cell.line && m.column === cell.column).toBe(false);
        }
      });
    }
  });
}
