import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintBytes } from '../src/lint-source.js';
import { ROOT } from './helpers/cli.js';

/** The five planted errors of each broken legacy example, at the total cell each breaks (examples/legacy/README.md). */
const LEGACY_BROKEN: Record<string, string[]> = {
  'broken.txt': ['32:2 L-CH-2', '85:2 L-RJ-1', '113:2 L-AP-3', '205:2 L-RV-1', '257:2 L-ORG-1'],
  'broken.md': ['38:40 L-CH-2', '51:28 L-RJ-1', '58:18 L-AP-3', '81:18 L-RV-1', '94:26 L-ORG-1'],
  'broken-pipes.txt': ['30:38 L-CH-2', '43:35 L-RJ-1', '50:16 L-AP-3', '73:18 L-RV-1', '86:24 L-ORG-1'],
  'broken-columns.txt': ['25:72 L-CH-2', '38:85 L-RJ-1', '45:94 L-AP-3', '68:95 L-RV-1', '81:87 L-ORG-1'],
};

/** The planted errors of the 2021 and 2019 examples (examples/2021/README.md, examples/2019/README.md). */
const NATIONAL_BROKEN: Record<string, string[]> = {
  '2021/broken.md': ['45:50 F21-T3-COL', '66:14 F21-T3-SUM', '66:39 F21-T3-CARRY', '67:44 F21-T3-COL', '75:19 F21-T4-SUM'],
  '2021/broken.txt': ['43:48 F21-T3-COL', '64:9 F21-T3-SUM', '64:34 F21-T3-CARRY', '65:39 F21-T3-COL', '72:17 F21-T4-SUM'],
  '2021/broken-cells.txt': ['161:1 F21-T3-COL', '493:1 F21-T3-SUM', '505:1 F21-T3-CARRY', '521:1 F21-T3-COL', '583:1 F21-T4-SUM'],
  '2021/broken-pdf.txt': ['66:32 F21-T3-COL', '87:7 F21-T3-SUM', '87:20 F21-T3-CARRY', '88:25 F21-T3-COL', '96:9 F21-T4-SUM'],
  '2019/broken.md': ['45:49 F21-T3-COL', '64:14 F21-T3-SUM'],
};

function lintExample(rel: string) {
  const file = path.join(ROOT, rel);
  return lintBytes(file, readFileSync(file), { lang: 'zh', rules: {} });
}

describe('legacy examples', () => {
  const dir = path.join(ROOT, 'examples/legacy');
  const files = readdirSync(dir).filter((f) => f !== 'README.md');
  it('has a clean and a broken report in each layout', () => {
    expect(files.filter((f) => f.startsWith('clean')).length).toBe(4);
    expect(Object.keys(LEGACY_BROKEN).every((f) => files.includes(f))).toBe(true);
  });
  for (const f of files) {
    it(f, async () => {
      const result = await lintExample(`examples/legacy/${f}`);
      expect(result.format).toBe('legacy');
      const got = result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
      expect(got).toEqual(LEGACY_BROKEN[f] ?? []);
      expect(result.messages.every((m) => m.severity === 2)).toBe(true);
    });
  }
});

for (const format of ['2021', '2019']) {
  describe(`${format} examples`, () => {
    const files = readdirSync(path.join(ROOT, 'examples', format)).filter((f) => f !== 'README.md');
    for (const f of files) {
      it(f, async () => {
        const result = await lintExample(`examples/${format}/${f}`);
        expect(result.format).toBe(format);
        expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(NATIONAL_BROKEN[`${format}/${f}`] ?? []);
        expect(result.messages.every((m) => m.severity === 2)).toBe(true);
      });
    }
  });
}
