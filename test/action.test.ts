import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../src/action/inputs.js';
import { gate } from '../src/action/run.js';
import { writeOutputs } from '../src/action/runner-files.js';
import { ROOT } from './helpers/cli.js';

const ACTION = fileURLToPath(new URL('../dist/action.js', import.meta.url));

/**
 * Runs the built action (npm test builds first) the way the runner does: inputs in INPUT_*
 * variables, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT naming files. Variables of an enclosing
 * Actions run (this project's own CI) are left out so they cannot leak in.
 */
function runAction(inputs: Record<string, string>, options: { summary?: string } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-action-'));
  const summary = path.join(dir, 'summary.md');
  const output = path.join(dir, 'output');
  writeFileSync(summary, options.summary ?? '');
  writeFileSync(output, '');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) env[k] = v;
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [ACTION], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...env, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, NO_COLOR: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, dir, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
}

describe('the action entry (dist/action.js)', () => {
  it('annotates, writes the summary and the outputs, and fails on errors with fail-on=error', () => {
    const r = runAction({ paths: 'examples/legacy/broken.txt', 'fail-on': 'error' });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['::remove-matcher owner=eslint-stylish::', '::remove-matcher owner=eslint-compact::', '::group::examples/legacy/broken.txt']);
    expect(lines.filter((l) => l.startsWith('::error ')).map((l) => /line=(\d+),col=(\d+).*title=([\w-]+)/.exec(l)!.slice(1))).toEqual([
      ['32', '2', 'L-CH-2'],
      ['85', '2', 'L-RJ-1'],
      ['113', '2', 'L-AP-3'],
      ['205', '2', 'L-RV-1'],
      ['257', '2', 'L-ORG-1'],
    ]);
    expect(r.stdout).toMatch(/::endgroup::\n已检查 1 个文件，识别报告 1 份（旧版统计表 1）；校验 \d+ 项：通过 \d+，不通过 5，无法判断 0\n$/);
    expect(r.output).toBe('errors=5\nwarnings=0\nfiles=1\n');
    expect(r.summary.startsWith('## disclosure-lint\n\n**✖ 5 个问题（5 个错误，0 个警告）**\n')).toBe(true);
    expect(r.summary).toContain('| examples/legacy/broken.txt:257:2 | 错误 | [L-ORG-1](https://github.com/disclosure-lint/disclosure-lint/blob/main/docs/rules/L-ORG-1.md) |');
    expect(r.stderr).toBe('');
  });

  it('passes with fail-on=never and appends to an existing summary', () => {
    const r = runAction({ paths: 'examples/legacy/broken.txt', 'fail-on': 'never' }, { summary: '# earlier step\n' });
    expect(r.code).toBe(0);
    expect(r.summary.startsWith('# earlier step\n## disclosure-lint\n')).toBe(true);
    expect(r.output).toBe('errors=5\nwarnings=0\nfiles=1\n');
  });

  it('writes the SARIF file (creating its directory) with every finding', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-sarif-'));
    const target = path.join(dir, 'out', 'results.sarif');
    const r = runAction({ paths: 'examples/legacy/broken.txt', 'sarif-file': target, format: 'stylish' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  257:2  error');
    const log = JSON.parse(readFileSync(target, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['L-CH-2', 'L-RJ-1', 'L-AP-3', 'L-RV-1', 'L-ORG-1']);
  });

  it('gates on warnings with fail-on=warning and passes a clean report', () => {
    expect(runAction({ paths: 'examples/legacy/clean.txt', 'fail-on': 'warning' }).code).toBe(0);
    const r = runAction({ paths: 'examples/legacy/clean.txt\nexamples/legacy/clean.md' });
    expect(r.code).toBe(0);
    expect(r.output).toBe('errors=0\nwarnings=0\nfiles=2\n');
    expect(r.stdout).toMatch(
      /^::remove-matcher owner=eslint-stylish::\n::remove-matcher owner=eslint-compact::\n已检查 2 个文件，识别报告 2 份（旧版统计表 2）；校验 \d+ 项：通过 \d+，不通过 0，无法判断 0\n$/,
    );
    expect(r.summary).toContain('**✔ 未发现问题**');
  });

  it('counts a file it cannot read as an error', () => {
    const r = runAction({ paths: 'examples/legacy/missing.txt' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=examples/legacy/missing.txt,line=1,col=1,endLine=1,endColumn=1,title=file-unreadable%3A ');
    expect(r.output).toBe('errors=1\nwarnings=0\nfiles=1\n');
  });

  it('exits 2 with an error annotation on a bad input, writing no outputs', () => {
    const r = runAction({ paths: 'examples/legacy/broken.txt', 'fail-on': 'sometimes' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('::error title=disclosure-lint::fail-on must be error, warning or never, not "sometimes"\n');
    expect(r.output).toBe('');
    expect(r.summary).toBe('');
  });

  it('exits 2 when the config file it is given cannot be read', () => {
    const r = runAction({ paths: 'examples/legacy/clean.txt', config: 'no-such-config.yml' });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error title=disclosure-lint::.*no-such-config\.yml.*\n$/);
    expect(r.output).toBe('');
  });
});

describe('action inputs and outputs', () => {
  it('reads the runner spelling (INPUT_FAIL-ON) and the shell spelling (INPUT_FAIL_ON), with defaults', () => {
    expect(readInputs({})).toEqual({ paths: ['.'], config: undefined, format: 'github', failOn: 'error', sarifFile: undefined, lang: undefined });
    expect(readInputs({ 'INPUT_FAIL-ON': 'warning', INPUT_SARIF_FILE: 'a.sarif', INPUT_PATHS: ' 年报 2023.docx \n\n reports/**/*.md\n', INPUT_LANG: 'en' })).toEqual({
      paths: ['年报 2023.docx', 'reports/**/*.md'],
      config: undefined,
      format: 'github',
      failOn: 'warning',
      sarifFile: 'a.sarif',
      lang: 'en',
    });
    expect(() => readInputs({ INPUT_FORMAT: 'xml' })).toThrow('unknown format "xml"');
    expect(() => readInputs({ INPUT_LANG: 'fr' })).toThrow('lang must be zh or en');
  });

  it('gates by fail-on', () => {
    expect([gate('error', { errors: 0, warnings: 3 }), gate('error', { errors: 1, warnings: 0 })]).toEqual([0, 1]);
    expect([gate('warning', { errors: 0, warnings: 1 }), gate('warning', { errors: 0, warnings: 0 })]).toEqual([1, 0]);
    expect(gate('never', { errors: 9, warnings: 9 })).toBe(0);
  });

  it('writes a multi-line output in the heredoc form with a delimiter the value does not contain', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gh-output-')), 'out');
    writeFileSync(file, '');
    writeOutputs(file, { files: 2, list: 'a.md\nerrors=99' });
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[0]).toBe('files=2');
    expect(lines[1]).toMatch(/^list<<(ghadelimiter_[0-9a-f-]{36})$/);
    const delimiter = lines[1].split('<<')[1];
    expect(lines.slice(2)).toEqual(['a.md', 'errors=99', delimiter, '']);
  });
});

describe('action.yml and the example workflow', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  const workflow = parse(readFileSync(path.join(ROOT, 'examples/workflows/disclosure-lint.yml'), 'utf8'));

  it('declares the inputs the entry reads and the outputs it writes, and passes every input on', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'config', 'format', 'fail-on', 'sarif-file', 'lang']);
    expect(Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, (v as { default: string }).default]))).toEqual({
      paths: '.',
      config: '',
      format: 'github',
      'fail-on': 'error',
      'sarif-file': '',
      lang: '',
    });
    expect(action.outputs).toEqual({
      errors: { description: expect.any(String), value: '${{ steps.lint.outputs.errors }}' },
      warnings: { description: expect.any(String), value: '${{ steps.lint.outputs.warnings }}' },
      files: { description: expect.any(String), value: '${{ steps.lint.outputs.files }}' },
    });
    const lint = action.runs.steps.find((s: { id?: string }) => s.id === 'lint');
    expect(lint.run).toBe('node "$GITHUB_ACTION_PATH/dist/action.js"');
    expect(lint.env).toEqual(
      Object.fromEntries(Object.keys(action.inputs).map((name) => [`INPUT_${name.toUpperCase().replace(/-/g, '_')}`, `\${{ inputs.${name} }}`])),
    );
  });

  it('gates pull requests touching report files, and uploads SARIF even when the lint step fails', () => {
    const paths = ['**/*.md', '**/*.txt', '**/*.html', '**/*.docx', '**/*.xlsx'];
    expect(workflow.on.pull_request.paths).toEqual(paths);
    expect(workflow.jobs.lint.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    const steps = workflow.jobs.lint.steps as Array<Record<string, any>>;
    const lint = steps.find((s) => s.id === 'lint')!;
    expect(lint.uses).toMatch(/^disclosure-lint\/disclosure-lint@/);
    const upload = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.if).toMatch(/^always\(\) && /);
    expect(upload['continue-on-error']).toBe(true);
    expect(upload.with.sarif_file).toBe(lint.with['sarif-file']);
  });
});
