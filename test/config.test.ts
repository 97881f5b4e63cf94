import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from './helpers/cli.js';

/** A scratch repository of reports: the broken legacy example in a few places, plus config files. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-config-'));
  for (const [rel, text] of Object.entries(files)) {
    const target = path.join(dir, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    if (text.startsWith('@')) copyFileSync(path.join(ROOT, text.slice(1)), target);
    else writeFileSync(target, text);
  }
  return dir;
}

const BROKEN = '@examples/legacy/broken.txt';
const rulesOf = (stdout: string) =>
  (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; line: number; column: number }> }>).map((r) => ({
    file: path.basename(path.dirname(r.filePath)) + '/' + path.basename(r.filePath),
    messages: r.messages.map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`),
  }));

describe('config files', () => {
  it('is found by walking up from each file; the nearest wins; overrides apply by glob', () => {
    const dir = repo({
      'disclosure-lint.config.yaml': 'rules:\n  L-CH-2: off\n  L-RJ-1: warn\noverrides:\n  - files: "b/**"\n    rules:\n      L-AP-3: off\n',
      'a/r.txt': BROKEN,
      'b/r.txt': BROKEN,
      'c/disclosure-lint.config.json': JSON.stringify({ rules: { 'L-ORG-1': 'off' } }),
      'c/r.txt': BROKEN,
    });
    const r = runCli(['-f', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(rulesOf(r.stdout)).toEqual([
      // With the error L-CH-2 off, the warning it would have made redundant (L-CH-3) shows.
      { file: 'a/r.txt', messages: ['L-CH-3 1 32:2', 'L-RJ-1 1 85:2', 'L-AP-3 2 113:2', 'L-RV-1 2 205:2', 'L-ORG-1 2 257:2'] },
      { file: 'b/r.txt', messages: ['L-CH-3 1 32:2', 'L-RJ-1 1 85:2', 'L-RV-1 2 205:2', 'L-ORG-1 2 257:2'] },
      { file: 'c/r.txt', messages: ['L-CH-2 2 32:2', 'L-RJ-1 2 85:2', 'L-AP-3 2 113:2', 'L-RV-1 2 205:2'] },
    ]);
  });

  it('reads the "disclosure-lint" key of package.json and follows extends', () => {
    const dir = repo({
      'base.yaml': 'rules:\n  L-CH-2: off\n  L-RJ-1: off\n',
      'package.json': JSON.stringify({ name: 'x', 'disclosure-lint': { extends: './base.yaml', rules: { 'L-RJ-1': 'error', 'L-AP-3': 'off' } } }),
      'r.txt': BROKEN,
    });
    const r = runCli(['-f', 'json', 'r.txt'], { cwd: dir });
    expect(rulesOf(r.stdout)[0].messages).toEqual(['L-CH-3 1 32:2', 'L-RJ-1 2 85:2', 'L-RV-1 2 205:2', 'L-ORG-1 2 257:2']);
  });

  it('--config uses one file for everything; --rule still wins', () => {
    const dir = repo({ 'x.json': JSON.stringify({ rules: { 'L-CH-2': 'off', 'L-AP-3': 'off' } }), 'r.txt': BROKEN });
    const r = runCli(['-f', 'json', '-c', 'x.json', '--rule', 'L-AP-3=warn', 'r.txt'], { cwd: dir });
    expect(rulesOf(r.stdout)[0].messages).toEqual(['L-CH-3 1 32:2', 'L-RJ-1 2 85:2', 'L-AP-3 1 113:2', 'L-RV-1 2 205:2', 'L-ORG-1 2 257:2']);
  });

  it('the library refuses a message language it has no messages for, before reading any file', async () => {
    const { lint } = await import('../src/api.js');
    const { ConfigError } = await import('../src/config/types.js');
    await expect(lint(['examples/2021/clean.md'], { lang: 'fr' as 'zh', cwd: ROOT })).rejects.toThrow(ConfigError);
    await expect(lint(['examples/2021/clean.md'], { lang: 'fr' as 'zh', cwd: ROOT })).rejects.toThrow('lang must be zh or en, not "fr"');
  });

  it('an invalid config names the key path and exits 2', () => {
    const dir = repo({ 'disclosure-lint.config.json': JSON.stringify({ rules: { 'L-AP-3': 'loud' }, colour: true, overrides: [{ rules: {} }] }), 'r.txt': BROKEN });
    const r = runCli(['r.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid configuration');
    expect(r.stderr).toContain('/rules/L-AP-3: must be equal to one of the allowed values');
    expect(r.stderr).toContain('unknown key "colour"');
    expect(r.stderr).toContain("/overrides/0: must have required property 'files'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a config that does not parse, or extends itself, exits 2 with a message', () => {
    expect(runCli(['r.txt'], { cwd: repo({ 'disclosure-lint.config.yaml': 'rules: [', 'r.txt': BROKEN }) }).stderr).toContain('cannot read configuration');
    const loop = runCli(['r.txt'], { cwd: repo({ 'disclosure-lint.config.yaml': 'extends: ./disclosure-lint.config.yaml', 'r.txt': BROKEN }) });
    expect(loop.code).toBe(2);
    expect(loop.stderr).toContain('extends itself');
  });

  it('ignores and .disclosurelintignore skip files found in directories, not files named explicitly', () => {
    const dir = repo({
      'disclosure-lint.config.yaml': 'ignores: ["drafts/**"]\n',
      '.disclosurelintignore': '# old reports\narchive/\n',
      'drafts/r.txt': BROKEN,
      'archive/2015/r.txt': BROKEN,
      'now/r.txt': BROKEN,
    });
    expect(rulesOf(runCli(['-f', 'json', '.'], { cwd: dir }).stdout).map((r) => r.file)).toEqual(['now/r.txt']);
    expect(rulesOf(runCli(['-f', 'json', 'drafts/r.txt'], { cwd: dir }).stdout).map((r) => r.file)).toEqual(['drafts/r.txt']);
  });

  it('settings: expected formats, agency, lang', () => {
    const dir = repo({ 'disclosure-lint.config.yaml': "formats: ['2021']\nlang: en\n", 'r.txt': '@examples/legacy/clean.txt' });
    const r = runCli(['-f', 'json', 'r.txt'], { cwd: dir });
    const [file] = JSON.parse(r.stdout);
    expect(file.messages).toMatchObject([{ ruleId: 'unexpected-format', severity: 1, line: 1, column: 1 }]);
    expect(file.messages[0].message).toContain('the configuration expects 2021');
  });

  it('--print-config shows what applies to a file', () => {
    const dir = repo({ 'disclosure-lint.config.yaml': 'rules:\n  L-CH-2: [warn, { tolerance: 0.01 }]\noverrides:\n  - files: "*.md"\n    agency: 某市人民政府\n', 'r.md': '' });
    const r = runCli(['--print-config', 'r.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      rules: { 'L-CH-2': 'warn' },
      ruleOptions: { 'L-CH-2': { tolerance: 0.01 } },
      sources: [path.join(dir, 'disclosure-lint.config.yaml')],
      agency: '某市人民政府',
    });
  });
});

describe('init', () => {
  it('writes a starter config and the workflow, and never overwrites', () => {
    const dir = repo({});
    const first = runCli(['init'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('wrote disclosure-lint.config.yaml');
    const again = runCli(['init'], { cwd: dir });
    expect(again.stdout).toContain('kept disclosure-lint.config.yaml (already exists)');
    writeFileSync(path.join(dir, 'r.txt'), '');
    expect(runCli(['--print-config', 'r.txt'], { cwd: dir }).code).toBe(0);
  });
});

describe('read limits from the config', () => {
  it('maxZipEntries and maxFileSize reach the readers', () => {
    const dir = repo({ 'disclosure-lint.config.yaml': 'maxZipEntries: 2\n', 'r.docx': '@examples/docx/2021-clean.docx' });
    const [file] = JSON.parse(runCli(['-f', 'json', 'r.docx'], { cwd: dir }).stdout);
    expect(file.messages).toMatchObject([{ ruleId: 'file-archive-too-many-entries', severity: 2, fatal: true, line: 1, column: 1 }]);
    const small = repo({ 'disclosure-lint.config.yaml': 'maxFileSize: 100\n', 'r.txt': BROKEN });
    const [big] = JSON.parse(runCli(['-f', 'json', 'r.txt'], { cwd: small }).stdout);
    expect(big.messages).toMatchObject([{ ruleId: 'file-too-large', severity: 2, fatal: true }]);
  });
});
