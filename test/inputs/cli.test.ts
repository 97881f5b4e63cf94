import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('office files on the command line', () => {
  const matcher = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*)\s\s+(.*)$/;

  it('says where in Word a finding is, after the message, and keeps the stylish line format', () => {
    const r = runCli(['examples/docx/legacy-broken.docx']);
    expect(r.code).toBe(1);
    const hits = r.stdout.split('\n').map((l) => matcher.exec(l)).filter((m) => m !== null);
    expect(hits.map((m) => [m[1], m[2], m[3], m[5]])[0]).toEqual(['20', '34', 'error', 'L-CH-2']);
    expect(hits[0][4].endsWith('（位置：表1 第3行第3列「286」）')).toBe(true);
  });

  it('says which sheet and cell in Excel, in English too', () => {
    const r = runCli(['--lang', 'en', 'examples/xlsx/legacy-broken.xlsx']);
    expect(r.stdout).toContain('(at 统计表!C62 “5”)  L-ORG-1');
  });

  it('lints a directory of reports in every kind, each file once', () => {
    const r = runCli(['--format', 'json', 'examples/html', 'examples/docx', 'examples/xlsx', 'examples/split']);
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; errorCount: number; format: string }>;
    expect(files.map((f) => [f.filePath.split(/[\\/]/).slice(-2).join('/'), f.errorCount, f.format])).toEqual([
      ['docx/2021-broken.docx', 5, '2021'],
      ['docx/2021-clean.docx', 0, '2021'],
      ['docx/legacy-broken.docx', 5, 'legacy'],
      ['docx/legacy-clean.docx', 0, 'legacy'],
      ['html/2021-broken.html', 5, '2021'],
      ['html/2021-clean.html', 0, '2021'],
      ['html/legacy-broken.html', 5, 'legacy'],
      ['html/legacy-clean.html', 0, 'legacy'],
      ['split/2021-broken.docx', 5, '2021'],
      ['split/2021-clean.docx', 0, '2021'],
      ['xlsx/2021-broken.xlsx', 5, '2021'],
      ['xlsx/2021-clean.xlsx', 0, '2021'],
      ['xlsx/legacy-broken.xlsx', 5, 'legacy'],
      ['xlsx/legacy-clean.xlsx', 0, 'legacy'],
    ]);
  });
});
