import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/api.js';
import { ROOT, runCli } from './helpers/cli.js';

const REPORT = readFileSync(path.join(ROOT, 'examples/2021/clean.md'), 'utf8');
const AGENCY = '云岫县市场监督管理局';

/**
 * More files than the command line keeps in memory (200 results, 200 reports' facts): the rest
 * wait in temporary files. Each report is of a body of its own, except the last two, one body's
 * 2021 and 2022 reports, whose cross-year findings must still reach the 2022 result.
 */
function longRun(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-long-'));
  for (let i = 0; i < 205; i++) writeFileSync(path.join(dir, `r${String(i).padStart(3, '0')}.md`), REPORT.replaceAll(AGENCY, `云岫县第${i}局`));
  writeFileSync(path.join(dir, 'z-2022.md'), REPORT);
  writeFileSync(path.join(dir, 'z-2021.md'), REPORT.replace('2022年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告'));
  return dir;
}

describe('a run longer than what the command line holds in memory', () => {
  it('prints the results the library returns, cross-year findings included, and exits on them', async () => {
    const dir = longRun();
    const out = path.join(dir, 'results.json');
    const cli = runCli(['--no-config-lookup', '-f', `json:${out}`, dir]);
    expect(cli.stderr).toBe('');
    const printed = JSON.parse(readFileSync(out, 'utf8'));
    const returned = await lint([dir], { useConfigFiles: false });
    expect(printed).toEqual(JSON.parse(JSON.stringify(returned)));
    expect(printed).toHaveLength(207);
    const withErrors = returned.filter((r) => r.errorCount > 0).map((r) => path.basename(r.filePath));
    expect(withErrors).toEqual(['z-2022.md']);
    expect(returned[206].messages.filter((m) => m.ruleId.startsWith('F21-X-')).map((m) => `${m.ruleId} ${m.severity}`)).toEqual(['F21-X-2 1', 'F21-X-3 1', 'F21-X-1 2', 'F21-X-1 2']);
    expect(cli.code).toBe(1);
  });
});
