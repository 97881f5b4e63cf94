import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('disclosure-lint explain <rule>', () => {
  it('prints the rule page with its examples, in Chinese by default', () => {
    const r = runCli(['explain', 'F21-T3-COL']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('F21-T3-COL: 表三每一行的总计＝六类申请人之和');
    expect(r.stdout).toContain('为什么：\n总计列是自然人');
    expect(r.stdout).toContain('不通过的例子（报告于 7:37）：');
    expect(r.stdout).toContain('    | （一）予以公开 | 3 | 1 | 0 | 0 | 0 | 0 | 5 |');
    expect(r.stdout).toContain('disclosure-lint --rule F21-T3-COL=off');
  });

  it('in English with --lang en', () => {
    const r = runCli(['--lang', 'en', 'explain', 'L-AP-3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Failing example (reported at 5:18):');
    expect(r.stdout).toContain('Passing example:');
  });

  it('exits 2 for an unknown id and names the closest ones', () => {
    const r = runCli(['explain', 'l-ap3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('disclosure-lint: 没有规则“l-ap3”；是否要找：L-AP-3, L-AP-1, L-AP-2, L-AP-4, L-AP-5\n');
    expect(r.stdout).toBe('');
  });

  it('exits 2 without a rule id', () => {
    const r = runCli(['explain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('explain needs one rule id');
  });
});

describe('--format html', () => {
  it('writes one page with the tables; JSON stays without them', () => {
    const html = runCli(['-f', 'html', 'examples/2021/broken.md']);
    expect(html.code).toBe(1);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout).toContain('<td class="suspected"');
    const json = runCli(['-f', 'json', 'examples/2021/broken.md']);
    expect(JSON.parse(json.stdout)[0].view).toBeUndefined();
  });
});
