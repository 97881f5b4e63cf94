import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { SEED_PATH } from './helpers/seed.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-cli-'));

describe('exit codes and output', () => {
  it('exits 0 on the seed and says what it recognised', () => {
    const r = runCli([SEED_PATH]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ 未发现问题');
    expect(r.stdout).toMatch(/已检查 1 个文件，识别报告 1 份（旧版统计表 1）；校验 \d+ 项：通过 \d+，不通过 0，无法判断 0/);
  });

  it('exits 1 with stylish lines that the ESLint problem matcher reads', () => {
    const r = runCli(['examples/legacy/broken.txt']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('examples/legacy/broken.txt');
    const matcher = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*)\s\s+(.*)$/;
    const hits = lines.map((l) => matcher.exec(l)).filter((m) => m !== null);
    expect(hits.map((m) => [m[1], m[2], m[3], m[5]])).toEqual([
      ['32', '2', 'error', 'L-CH-2'],
      ['85', '2', 'error', 'L-RJ-1'],
      ['113', '2', 'error', 'L-AP-3'],
      ['205', '2', 'error', 'L-RV-1'],
      ['257', '2', 'error', 'L-ORG-1'],
    ]);
    expect(r.stdout).toContain('从事政府信息公开工作人员数 5 ≠ 专职人员数 2 + 兼职人员数 4 = 6，差 1');
    expect(r.stdout).toContain('✖ 5 个问题（5 个错误，0 个警告）');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('gives English messages with --lang en', () => {
    const r = runCli(['--lang', 'en', 'examples/legacy/broken.txt']);
    expect(r.stdout).toContain('从事政府信息公开工作人员数 (staff) 5 ≠ 专职人员数 (full-time staff) 2 + 兼职人员数 (part-time staff) 4 = 6, difference 1');
    expect(r.stdout).toContain('✖ 5 problems (5 errors, 0 warnings)');
  });

  it('colours only when asked or on a terminal, and honours NO_COLOR', () => {
    expect(runCli(['--color', 'examples/legacy/broken.txt']).stdout).toMatch(/\u001b\[31m/);
    expect(runCli(['examples/legacy/broken.txt'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('prints the ESLint JSON shape with related cells', () => {
    const r = runCli(['--format', 'json', 'examples/legacy/broken.txt']);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    expect(file).toMatchObject({ errorCount: 5, warningCount: 0, fatalErrorCount: 0, format: 'legacy', recognised: { tables: 1, items: 58 } });
    expect(path.isAbsolute(file.filePath)).toBe(true);
    const staff = file.messages.find((m: { ruleId: string }) => m.ruleId === 'L-ORG-1');
    expect(staff).toMatchObject({ severity: 2, line: 257, column: 2, endLine: 257, endColumn: 3, expected: 6, actual: 5 });
    expect(staff.related).toEqual([
      { key: 'org.full-time', label: '专职人员数', value: '2', line: 262, column: 2, endLine: 262, endColumn: 3 },
      { key: 'org.part-time', label: '兼职人员数', value: '4', line: 266, column: 2, endLine: 266, endColumn: 3 },
    ]);
  });

  it('applies --rule, --quiet and --max-warnings', () => {
    expect(runCli(['--rule', 'L-CH-2=off', '--rule', 'L-RJ-1=off', '--rule', 'L-AP-3=off', '--rule', 'L-RV-1=off', '--rule', 'L-ORG-1=warn', 'examples/legacy/broken.txt']).code).toBe(0);
    const capped = runCli(['--rule', 'L-CH-2=off', '--rule', 'L-RJ-1=off', '--rule', 'L-AP-3=off', '--rule', 'L-RV-1=off', '--rule', 'L-ORG-1=warn', '--max-warnings', '0', 'examples/legacy/broken.txt']);
    expect(capped.code).toBe(1);
    expect(capped.stderr).toContain('超过了 --max-warnings 0');
    const quiet = runCli(['--quiet', '--rule', 'L-ORG-1=warn', 'examples/legacy/broken.txt']);
    expect(quiet.stdout).not.toContain('L-ORG-1');
    expect(quiet.stdout).toContain('L-AP-3');
  });

  it('writes to --output-file and keeps the exit code', () => {
    const out = path.join(tmp, 'out.json');
    const r = runCli(['-f', 'json', '-o', out, 'examples/legacy/broken.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('prints --version and --help', () => {
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format');
  });
});

describe('bad usage exits 2 with a message, no stack trace', () => {
  for (const args of [['--bogus'], ['--format', 'xml', 'a.txt'], ['--lang', 'fr'], ['--rule', 'L-AP-3'], ['--max-warnings', 'many']]) {
    it(args.join(' '), () => {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^disclosure-lint: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('every input file gets a result', () => {
  const write = (name: string, data: string | Buffer) => {
    const p = path.join(tmp, name);
    writeFileSync(p, data);
    return p;
  };
  const cases: Array<[string, () => string, string]> = [
    ['empty file', () => write('empty.txt', ''), 'file-empty'],
    ['whitespace only', () => write('blank.txt', ' \n\n'), 'file-empty'],
    ['binary file', () => write('zip.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])), 'file-binary'],
    ['no report table', () => write('prose.md', '# 通知\n\n今天天气很好。\n'), 'no-statistics-table'],
    ['missing path', () => path.join(tmp, 'nope.txt'), 'file-unreadable'],
    ['directory without reports', () => (mkdirSync(path.join(tmp, 'emptydir'), { recursive: true }), path.join(tmp, 'emptydir')), 'no-files'],
  ];
  for (const [name, make, ruleId] of cases) {
    it(`${name}: ${ruleId}, exit 1`, () => {
      const target = make();
      const r = runCli(['-f', 'json', target]);
      expect(r.code).toBe(1);
      const results = JSON.parse(r.stdout);
      expect(results).toHaveLength(1);
      expect(results[0].filePath).toBe(target);
      expect(results[0].messages).toMatchObject([{ ruleId, severity: 2, line: 1, column: 1 }]);
    });
  }

  it('lints a directory: every report file, and the bad ones are reported too', () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a.txt'), '');
    writeFileSync(path.join(dir, 'README.md'), '# not a report');
    writeFileSync(path.join(dir, 'notes.pdf'), 'x');
    const r = runCli(['-f', 'json', dir, SEED_PATH]);
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; errorCount: number }>;
    expect(results.map((x) => path.basename(x.filePath)).sort()).toEqual(['000_c10322cb3b2315db.txt', 'a.txt']);
    expect(r.code).toBe(1);
  });
});
