import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, type LintOptions } from '../src/lint-source.js';
import { ROOT } from './helpers/cli.js';

const options: LintOptions = { lang: 'zh', rules: {} };
const CLEAN = readFileSync(path.join(ROOT, 'examples/2021/clean.txt'), 'utf8');
const LINES = CLEAN.split('\n');

/** The clean 2021 report (pipe rows) with some 1-based lines replaced. */
function withLines(edits: Record<number, string>): string {
  return LINES.map((l, i) => edits[i + 1] ?? l).join('\n');
}

/** Table findings only: an edited cell or title year the prose still states also draws prose findings (test/narrative/). */
const PROSE_RULE = /^F21-(P|META)-/;

function findings(text: string) {
  return lintText('r.txt', text, 'text', options)
    .messages.filter((m) => !PROSE_RULE.test(m.ruleId))
    .map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`);
}

describe('2021 format: the table variants real pages give', () => {
  it('the clean report is recognised as 2021 with every table bound', () => {
    const r = lintText('r.txt', CLEAN, 'text', options);
    expect(r.messages).toEqual([]);
    expect(r.format).toBe('2021');
    expect(r.recognised).toEqual({ tables: 3, items: 200 });
  });

  it('Traditional labels, half-width brackets, straight quotes, truncated labels and stray spaces still bind', () => {
    const text = CLEAN.replace('（七）总计', '(七)總計')
      .replace('3.危及“三安全一稳定”', '3.危及"三安全一稳定"')
      .replace('行政规范性文件', '規範性文件')
      .replace('现行有效件数', '现行有效件')
      .replace('（二）部分公开', '(二)部分公开')
      .replace('| 38 |', '|  38  |');
    const r = lintText('r.txt', text, 'text', options);
    expect(r.messages).toEqual([]);
    expect(r.recognised.items).toBe(200);
  });

  it('a table that stops part-way draws no false sum error', () => {
    const cut = LINES.slice(0, 55).join('\n');
    const r = lintText('r.txt', cut, 'text', options);
    expect(r.format).toBe('2021');
    expect(r.messages).toEqual([]);
    expect(r.stats.unevaluated).toBeGreaterThan(7);
  });

  it('a row whose blank cells were collapsed is ambiguous: a warning, and no sum error from a guess', () => {
    // 2.没有现成信息需要另行制作: the six zeros collapsed away, leaving `1 | 1`.
    const text = withLines({ 54: '2.没有现成信息需要另行制作 | 1 | 1 |' });
    expect(findings(text)).toEqual(['table-row-ambiguous 1 54:1']);
  });

  it('a blank 总计 cell is a warning, not an assumed zero', () => {
    const text = withLines({ 48: '4.保护第三方合法权益 | 1 | 1 | 0 | 0 | 0 | 0 |  |' });
    expect(findings(text)).toEqual(['F21-FMT-1 1 48:40']);
  });

  it('a negative or fractional count is an error of its own', () => {
    expect(findings(withLines({ 52: '8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | -0 |' }))).toEqual([]);
    const text = withLines({ 57: '2.重复申请 | 1.5 | 0 | 0 | 0 | 0 | 0 | 1 |' });
    expect(findings(text)).toContain('F21-T3-NN 2 57:10');
  });

  it('table 四 with its blank cells collapsed is ambiguous and not summed', () => {
    const text = withLines({ 72: '1 | 1 | 2 | 1 | 1 |' });
    expect(findings(text)).toEqual(['table-row-ambiguous 1 72:1']);
  });

  it('table 二: documents in force fewer than issued is a warning; a negative count an error; 元 in the fee cell a warning', () => {
    expect(findings(withLines({ 24: '行政规范性文件 | 2 | 1 | 1 |' }))).toEqual(['F21-T2-1 1 24:19']);
    expect(findings(withLines({ 30: '行政处罚 | -187 |' }))).toEqual(['F21-T2-NN 2 30:8']);
    expect(findings(withLines({ 34: '行政事业性收费 | 12000元 |' }))).toEqual(['F21-U-1 1 34:11']);
  });

  it('a 2021-format table in a 2020 report is a warning at the title year', () => {
    const text = CLEAN.replace(/^(.*?)2022年/, '$12020年');
    expect(findings(text)).toEqual([`F21-FMT-2 1 1:${[...LINES[0].split('2022年')[0]].length + 1}`]);
  });
});

describe('2019 format', () => {
  const CLEAN19 = readFileSync(path.join(ROOT, 'examples/2019/clean.md'), 'utf8');
  it('is recognised as 2019, with a negative 本年增/减 allowed', () => {
    const r = lintText('r.md', CLEAN19, 'markdown', options);
    expect(r.format).toBe('2019');
    expect(r.messages).toEqual([]);
    expect(CLEAN19).toContain('| -2 |');
  });

  it('a 2019-format report for 2022 is a warning', () => {
    const r = lintText('r.md', CLEAN19.replace('2020年政府信息公开工作年度报告', '2022年政府信息公开工作年度报告'), 'markdown', options);
    expect(r.messages.filter((m) => !PROSE_RULE.test(m.ruleId)).map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`)).toEqual(['F21-FMT-2 1 1:13']);
  });
});

describe('F21-T2-2: 规章 from a body that cannot make them', () => {
  it('a county bureau reporting 规章 gets a warning at the number', () => {
    const text = withLines({ 23: '规章 | 1 | 0 | 3 |' });
    expect(findings(text)).toEqual(['F21-T2-2 1 23:6', 'F21-T2-2 1 23:14']);
  });

  it('a 设区的市 government may report 规章', () => {
    const text = withLines({ 1: LINES[0].replace(/^.*?(2022年)/, '青州市人民政府$1'), 23: '规章 | 1 | 0 | 3 |' });
    expect(findings(text)).toEqual([]);
  });
});
