import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/api.js';
import { formatHtml } from '../src/format/html.js';
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
  const dir = longRun();
  const out = (name: string) => path.join(dir, '..', `${path.basename(dir)}-${name}`);

  it('prints the results the library returns, cross-year findings and each report\'s page included, and exits on them', async () => {
    const cli = runCli(['--no-config-lookup', '-f', `json:${out('results.json')}`, '-f', `html:${out('results.html')}`, dir]);
    expect(cli.stderr).toBe('');
    // With the html format asked for, every result has its report's tables and prose (`view`):
    // they waited in the temporary file too.
    const returned = await lint([dir], { useConfigFiles: false, includeView: true });
    expect(JSON.parse(readFileSync(out('results.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(returned)));
    expect(readFileSync(out('results.html'), 'utf8')).toBe(formatHtml(returned, { lang: 'zh', cwd: ROOT }));
    expect(returned).toHaveLength(207);
    const withErrors = returned.filter((r) => r.errorCount > 0).map((r) => path.basename(r.filePath));
    expect(withErrors).toEqual(['z-2022.md']);
    expect(returned[206].messages.filter((m) => m.ruleId.startsWith('F21-X-')).map((m) => `${m.ruleId} ${m.severity}`)).toEqual(['F21-X-2 1', 'F21-X-3 1', 'F21-X-1 2', 'F21-X-1 2']);
    expect(cli.code).toBe(1);
  });

  it('records a baseline of every file and then reports nothing new', () => {
    const baseline = out('baseline.json');
    expect(runCli(['--no-config-lookup', '--baseline', baseline, '--baseline-write', '-f', 'json:/dev/null', dir]).code).toBe(0);
    const again = runCli(['--no-config-lookup', '--baseline', baseline, '-f', `json:${out('again.json')}`, dir]);
    expect(again.code).toBe(0);
    const results = JSON.parse(readFileSync(out('again.json'), 'utf8')) as Array<{ errorCount: number; suppressedMessages: Array<{ ruleId: string }> }>;
    expect(results.reduce((n, r) => n + r.errorCount, 0)).toBe(0);
    expect(results[206].suppressedMessages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['F21-X-1', 'F21-X-2', 'F21-X-3']));
  });
});
