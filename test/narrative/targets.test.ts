import { describe, expect, it } from 'vitest';
import { narrativeOf } from '../../src/narrative/narrative.js';
import { targetOf, targetsOf } from '../../src/narrative/target.js';
import { loadPacks } from '../../src/packs.js';
import { exampleText, reportOf } from '../helpers/report.js';

// Every claim-value rule and the explanations read the claims' targets from one list per report.
describe('targetsOf', () => {
  it('is targetOf of every claim, in order, with the claims that name a table quantity among them', () => {
    for (const file of ['2021/broken.md', 'legacy/broken.md']) {
      const report = reportOf(exampleText(file));
      const n = narrativeOf(report);
      const targets = targetsOf(n, report.pack!);
      expect(targets).toHaveLength(n.claims.length);
      expect(targets).toEqual(n.claims.map((claim) => targetOf(claim, n, report.pack!)));
      expect(targets.filter((t) => t !== undefined).length).toBeGreaterThan(3);
    }
  });

  it('is worked out once per report and pack', () => {
    const report = reportOf(exampleText('2021/clean.md'));
    const n = narrativeOf(report);
    const first = targetsOf(n, report.pack!);
    expect(targetsOf(n, report.pack!)).toBe(first);
    // Asked for another format (never in a run: a report has one), it is that format's.
    const other = loadPacks().find((p) => p !== report.pack && p.format !== report.pack!.format)!;
    const again = targetsOf(n, other);
    expect(again).not.toBe(first);
    expect(again).toEqual(n.claims.map((claim) => targetOf(claim, n, other)));
  });
});
