import { existsSync, mkdtempSync, symlinkSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type ApiOptions } from '../src/api.js';
import { DEFAULT_CACHE_FILE } from '../src/cache.js';
import { runCli, ROOT } from './helpers/cli.js';

const REPORT_2022 = readFileSync(path.join(ROOT, 'examples/2021/clean.md'), 'utf8');
// Last year's report of the same body: same tables, so F21-X-3 (identical tables) fires on 2022.
const REPORT_2021 = REPORT_2022.replace('2022年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告');
// Another body's report, so that it does not pair with the two above.
const BROKEN = readFileSync(path.join(ROOT, 'examples/2021/broken.txt'), 'utf8').replaceAll('云岫县市场监督管理局', '云岫县交通运输局');

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-cache-'));
  writeFileSync(path.join(dir, '2022.md'), REPORT_2022);
  writeFileSync(path.join(dir, '2021.md'), REPORT_2021);
  writeFileSync(path.join(dir, 'broken.txt'), BROKEN);
  return dir;
}

const summary = (results: Awaited<ReturnType<typeof lint>>) =>
  results.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`)]);

/** Runs with the cache in `dir`, the files linted in this thread. */
const run = (dir: string, extra: ApiOptions = {}) => lint([dir], { cwd: dir, cache: '.', concurrency: 'off', useConfigFiles: false, ...extra });

const cacheFile = (dir: string) => path.join(dir, DEFAULT_CACHE_FILE);

/** Replaces the stored message text of one file's entries, to tell a cached result from a fresh one. */
function tamper(dir: string, file: string) {
  const stored = JSON.parse(readFileSync(cacheFile(dir), 'utf8'));
  for (const m of stored.entries[file].result.messages) m.message = 'FROM THE CACHE';
  writeFileSync(cacheFile(dir), JSON.stringify(stored));
}

describe('--cache', () => {
  it('gives the same results as a run without it, cross-year findings included', async () => {
    const dir = workspace();
    const plain = summary(await lint([dir], { cwd: dir, concurrency: 'off', useConfigFiles: false }));
    expect(plain.find(([f]) => f === '2022.md')![1]).toContainEqual(expect.stringMatching(/^F21-X-3 /));
    expect(plain.find(([f]) => f === 'broken.txt')![1].length).toBeGreaterThan(0);
    expect(summary(await run(dir))).toEqual(plain);
    expect(existsSync(cacheFile(dir))).toBe(true);
    // Second run: every result from the cache, the year-over-year check still made.
    expect(summary(await run(dir))).toEqual(plain);
    expect(await run(dir)).toEqual(await lint([dir], { cwd: dir, concurrency: 'off', useConfigFiles: false }));
  });

  it('reuses a result while the bytes are the same, whatever the modification time', async () => {
    const dir = workspace();
    await run(dir);
    tamper(dir, 'broken.txt');
    utimesSync(path.join(dir, 'broken.txt'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    const messages = (await run(dir)).find((r) => r.filePath.endsWith('broken.txt'))!.messages;
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.message === 'FROM THE CACHE')).toBe(true);
  });

  it('lints again a file whose content changed, or whose options changed', async () => {
    const dir = workspace();
    await run(dir);
    tamper(dir, 'broken.txt');
    writeFileSync(path.join(dir, 'broken.txt'), `${BROKEN}\n`);
    const changed = (await run(dir)).find((r) => r.filePath.endsWith('broken.txt'))!;
    expect(changed.messages.some((m) => m.message === 'FROM THE CACHE')).toBe(false);

    tamper(dir, 'broken.txt');
    const rule = changed.messages[0].ruleId;
    const reconfigured = (await run(dir, { rules: { [rule]: 'off' } })).find((r) => r.filePath.endsWith('broken.txt'))!;
    expect(reconfigured.messages.some((m) => m.message === 'FROM THE CACHE' || m.ruleId === rule)).toBe(false);
    tamper(dir, 'broken.txt');
    const english = (await run(dir, { lang: 'en' })).find((r) => r.filePath.endsWith('broken.txt'))!;
    expect(english.messages.some((m) => m.message === 'FROM THE CACHE')).toBe(false);
  });

  it('drops the entries of deleted files, keeps those of files not linted this time', async () => {
    const dir = workspace();
    await run(dir);
    rmSync(path.join(dir, '2021.md'));
    await lint([path.join(dir, 'broken.txt')], { cwd: dir, cache: '.', concurrency: 'off', useConfigFiles: false });
    expect(Object.keys(JSON.parse(readFileSync(cacheFile(dir), 'utf8')).entries).sort()).toEqual(['2022.md', 'broken.txt']);
  });

  it('a corrupt or foreign cache file is ignored and replaced', async () => {
    const dir = workspace();
    const plain = summary(await lint([dir], { cwd: dir, concurrency: 'off', useConfigFiles: false }));
    for (const junk of ['{"layout": 1, "tool": "x", "entries": {"broken.txt": {"hash": "0"}}}', 'not json', '\u0000\u0001', '[]']) {
      writeFileSync(cacheFile(dir), junk);
      expect(summary(await run(dir))).toEqual(plain);
      expect(Object.keys(JSON.parse(readFileSync(cacheFile(dir), 'utf8')).entries).length).toBe(3);
    }
  });

  it('a cache path that is not a regular file (a link to /dev/zero) is not read, and a file named __proto__ is cached like any other', async () => {
    const dir = workspace();
    symlinkSync('/dev/zero', cacheFile(dir));
    writeFileSync(path.join(dir, '__proto__'), BROKEN);
    const lintProto = () => lint([path.join(dir, '__proto__')], { cwd: dir, cache: '.', concurrency: 'off', useConfigFiles: false });
    const first = await lintProto();
    expect(first[0].errorCount).toBeGreaterThan(0);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile(dir), 'utf8')).entries)).toEqual(['__proto__']);
    tamper(dir, '__proto__');
    expect((await lintProto())[0].messages.every((m) => m.message === 'FROM THE CACHE')).toBe(true);
  });

  it('a cache that cannot be written is a warning, not a failed run', async () => {
    const dir = workspace();
    // Under a regular file: no directory can be made there, whoever runs the test (root too).
    const location = path.join(dir, 'broken.txt', 'cache.json');
    const warnings: string[] = [];
    const results = await lint([path.join(dir, 'broken.txt')], { cwd: dir, cache: location, concurrency: 'off', useConfigFiles: false, onWarning: (w) => warnings.push(w) });
    expect(results[0].messages.length).toBeGreaterThan(0);
    expect(warnings).toEqual([expect.stringMatching(/^cannot write the cache .*broken\.txt.cache\.json: (ENOTDIR|EEXIST)/)]);
  });

  it('the CLI writes .disclosurelintcache in the working directory, or where --cache-location says', () => {
    const dir = workspace();
    const first = runCli(['--cache', '-f', 'json', '.'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(existsSync(cacheFile(dir))).toBe(true);
    const second = runCli(['--cache', '-f', 'json', '.'], { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    const elsewhere = path.join(dir, 'cache.json');
    expect(runCli(['--cache', '--cache-location', elsewhere, '-f', 'json', '.'], { cwd: dir }).stdout).toBe(first.stdout);
    expect(Object.keys(JSON.parse(readFileSync(elsewhere, 'utf8')).entries).sort()).toEqual(['2021.md', '2022.md', 'broken.txt']);
  });
});
