import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from './helpers/cli.js';

describe('baseline', () => {
  it('records today\'s findings, then reports only new ones, surviving line shifts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-baseline-'));
    const report = path.join(dir, 'r.txt');
    copyFileSync(path.join(ROOT, 'examples/legacy/broken.txt'), report);

    const write = runCli(['--baseline-write', 'r.txt'], { cwd: dir });
    expect(write.code).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(dir, 'disclosure-lint-baseline.json'), 'utf8'));
    expect(Object.keys(baseline.files)).toEqual(['r.txt']);
    expect(Object.values(baseline.files['r.txt'] as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(5);

    expect(runCli(['r.txt'], { cwd: dir }).code).toBe(0);

    // Two lines of prose added at the top move every finding; a new error is planted in 2.传真申请数.
    const lines = readFileSync(report, 'utf8').split('\n');
    lines.splice(1, 0, '补充说明一。', '补充说明二。');
    const fax = lines.findIndex((l) => l.includes('2.传真申请数'));
    lines[fax + 2] = '\t' + String(Number(lines[fax + 2].trim()) + 1);
    writeFileSync(report, lines.join('\n'));
    const after = runCli(['-f', 'json', 'r.txt'], { cwd: dir });
    expect(after.code).toBe(1);
    const [file] = JSON.parse(after.stdout);
    // The old L-AP-3 finding (收到 23 vs 24) is now 收到 23 vs 25: a different finding, reported.
    expect(file.messages.map((m: { ruleId: string; line: number; column: number }) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual(['L-AP-3 115:2']);
    expect(file.suppressedMessages).toHaveLength(4);

    expect(runCli(['--no-baseline', 'r.txt'], { cwd: dir }).code).toBe(1);
  });

  it('a baseline that is not one exits 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-baseline-'));
    writeFileSync(path.join(dir, 'b.json'), '{"hello": 1}');
    copyFileSync(path.join(ROOT, 'examples/legacy/clean.txt'), path.join(dir, 'r.txt'));
    const r = runCli(['--baseline', 'b.json', 'r.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot use baseline');
  });

  it('a baseline that is a link to a device is not read (it would never end): exits 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-baseline-'));
    symlinkSync('/dev/zero', path.join(dir, 'disclosure-lint-baseline.json'));
    copyFileSync(path.join(ROOT, 'examples/legacy/clean.txt'), path.join(dir, 'r.txt'));
    const r = runCli(['r.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^disclosure-lint: cannot use baseline .*: not a regular file\n$/);
  });
});

describe('several formats in one run', () => {
  it('writes each format to its own file and keeps stylish on stdout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-formats-'));
    const r = runCli(['-f', 'stylish', '-f', `json:${path.join(dir, 'out.json')}`, 'examples/legacy/broken.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('L-ORG-1');
    expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'))[0].errorCount).toBe(5);
  });

  it('refuses two formats on stdout', () => {
    const r = runCli(['-f', 'stylish', '-f', 'json', 'examples/legacy/broken.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('only one format can go to standard output');
  });
});
