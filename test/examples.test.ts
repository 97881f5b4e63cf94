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
    it(f, () => {
      const result = lintExample(`examples/legacy/${f}`);
      expect(result.format).toBe('legacy');
      const got = result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
      expect(got).toEqual(LEGACY_BROKEN[f] ?? []);
      expect(result.messages.every((m) => m.severity === 2)).toBe(true);
    });
  }
});
