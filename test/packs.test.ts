import { describe, expect, it } from 'vitest';
import { expand } from '../src/check/run-rule.js';
import { loadPacks, type CheckDef, type Operand } from '../src/packs.js';

function itemIds(check: CheckDef): string[] {
  const ids = (o: Operand) => (typeof o === 'string' ? [o] : o.sum);
  if (check.kind === 'sum') return [check.total, ...check.parts];
  if (check.kind === 'compare') return [...ids(check.left), ...ids(check.right)];
  return [];
}

describe('rule packs', () => {
  for (const pack of loadPacks()) {
    describe(pack.id, () => {
      const keys = new Set(
        pack.tables.flatMap((t) => t.items.flatMap((i) => (t.columns.length === 1 ? [i.id] : t.columns.map((c) => `${i.id}.${c.id}`)))),
      );
      it('has unique item ids per table', () => {
        for (const t of pack.tables) expect(new Set(t.items.map((i) => i.id)).size).toBe(t.items.length);
      });
      for (const rule of pack.rules) {
        it(`${rule.id} is well formed and names only items of the pack`, () => {
          expect(Object.keys(rule.title).sort()).toEqual(['en', 'zh']);
          expect(Object.keys(rule.why).sort()).toEqual(['en', 'zh']);
          expect(['error', 'warn']).toContain(rule.severity);
          expect(rule.checks.length).toBeGreaterThan(0);
          for (const check of rule.checks.flatMap(expand)) {
            for (const id of itemIds(check)) expect(keys, `${rule.id}: unknown item ${id}`).toContain(id);
          }
        });
      }
    });
  }
});
