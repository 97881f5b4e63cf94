import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/api.js';
import { lintRun } from '../src/lint-paths.js';
import { bindingsOf } from './helpers/bindings.js';
import { ROOT } from './helpers/cli.js';

const REPORT_2022 = readFileSync(path.join(ROOT, 'examples/2021/clean.md'), 'utf8');
const LINES_2022 = REPORT_2022.split('\n');
const line = (text: string) => LINES_2022.findIndex((l) => l.includes(text)) + 1;
const CARRIED_IN = line('二、上年结转政府信息公开申请数量');
const NORMATIVE = line('| 行政规范性文件 |');

function pairOfReports(report2021: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-years-'));
  writeFileSync(path.join(dir, '2022.md'), REPORT_2022);
  writeFileSync(path.join(dir, '2021.md'), report2021);
  return dir;
}

const CROSS = /^F21-X-/;
async function crossYearFindings(dir: string) {
  const results = await lint([dir]);
  return results.map((r) => ({
    file: path.basename(r.filePath),
    messages: r.messages.filter((m) => CROSS.test(m.ruleId)).map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`),
  }));
}

describe('year over year', () => {
  it('last year\'s carry-over, documents in force and identical tables are checked against this year', async () => {
    // Last year's report: the same tables (so identical), titled 2021.
    const dir = pairOfReports(REPORT_2022.replace('2022年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告'));
    const cells = bindingsOf(REPORT_2022, 'markdown');
    const at = (key: string) => `${cells.get(key)!.line}:${cells.get(key)!.column}`;
    expect(cells.get('t3.carried-in.np')!.line).toBe(CARRIED_IN);
    expect(cells.get('t2.normative.current')!.line).toBe(NORMATIVE);
    expect(await crossYearFindings(dir)).toEqual([
      { file: '2021.md', messages: [] },
      {
        file: '2022.md',
        messages: [
          // 现行有效 9 ≠ 9 + 2 − 1.
          `F21-X-2 1 ${at('t2.normative.current')}`,
          // Every table value equals last year's.
          `F21-X-3 1 ${at('t3.new.np')}`,
          // 2022's 上年结转 2 and 3 (自然人, 总计) vs 2021's 结转下年度 1 and 2.
          `F21-X-1 2 ${at('t3.carried-in.np')}`,
          `F21-X-1 2 ${at('t3.carried-in.total')}`,
        ],
      },
    ]);
  });

  it('a consistent pair draws nothing, and reports of other bodies or non-consecutive years are not compared', async () => {
    const consistent = REPORT_2022.replace('2022年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告')
      .replace('| 四、结转下年度继续办理 |  | 1 | 1 | 0 | 0 | 0 | 0 | 2 |', '| 四、结转下年度继续办理 |  | 2 | 1 | 0 | 0 | 0 | 0 | 3 |')
      .replace('| 行政规范性文件 | 2 | 1 | 9 |', '| 行政规范性文件 | 2 | 1 | 8 |');
    expect(consistent).not.toBe(REPORT_2022);
    expect((await crossYearFindings(pairOfReports(consistent))).flatMap((f) => f.messages)).toEqual([]);
    const otherBody = REPORT_2022.replace('云岫县市场监督管理局2022年', '云岫县交通运输局2021年');
    expect((await crossYearFindings(pairOfReports(otherBody))).flatMap((f) => f.messages)).toEqual([]);
    const twoYearsBack = REPORT_2022.replace('2022年政府信息公开工作年度报告', '2020年政府信息公开工作年度报告');
    expect((await crossYearFindings(pairOfReports(twoYearsBack))).flatMap((f) => f.messages)).toEqual([]);
  });

  it('names last year\'s file and cell in related', async () => {
    const dir = pairOfReports(REPORT_2022.replace('2022年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告'));
    const results = await lint([dir]);
    const x1 = results.find((r) => r.filePath.endsWith('2022.md'))!.messages.find((m) => m.ruleId === 'F21-X-1')!;
    expect(x1.related).toMatchObject([{ file: path.join(dir, '2021.md'), value: '1', line: line('四、结转下年度继续办理') }]);
    expect(x1.message).toContain('2021 年度报告（2021.md）');
  });

  it('gives the same findings when the reports are linted on a worker thread, which sends their facts back, run after run', async () => {
    const dir = pairOfReports(REPORT_2022.replace('2022年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告'));
    const here = await lint([dir], { concurrency: 'off' });
    expect(here[1].messages.filter((m) => CROSS.test(m.ruleId))).toHaveLength(4);
    // Two threads for two files: the worker takes both (it is sent jobs ahead); the second run
    // reuses it, whose keys and labels the main thread then already has (src/facts-wire.ts).
    for (let run = 0; run < 2; run++) expect(await lint([dir], { concurrency: 2 })).toEqual(here);
  });

  it('gives the same findings when every report\'s facts go to the temporary file (a sweep past factsInMemory)', async () => {
    const dir = pairOfReports(REPORT_2022.replace('2022年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告'));
    const inMemory = await lint([dir]);
    const spilled = await lint([dir], { factsInMemory: 0 });
    const found = (results: typeof inMemory) => results.map((r) => r.messages.map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`));
    expect(found(spilled)).toEqual(found(inMemory));
    expect(spilled[1].messages.filter((m) => CROSS.test(m.ruleId))).toHaveLength(4);
    expect(spilled[1].messages.find((m) => m.ruleId === 'F21-X-1')!.related).toEqual(inMemory[1].messages.find((m) => m.ruleId === 'F21-X-1')!.related);
  });

  it('gives the same results when every result also waits in a temporary file (the command line past 200 files)', async () => {
    const dir = pairOfReports(REPORT_2022.replace('2022年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告'));
    writeFileSync(path.join(dir, 'broken.md'), readFileSync(path.join(ROOT, 'examples/2019/broken.md')));
    const inMemory = await lint([dir]);
    const run = await lintRun([dir], { resultsInMemory: 0, factsInMemory: 0 });
    try {
      expect(run.results.length).toBe(3);
      // Read twice, as the output and the exit code do.
      expect([...run.results]).toEqual(inMemory);
      expect([...run.results]).toEqual(inMemory);
      expect(inMemory.map((r) => [path.basename(r.filePath), r.errorCount > 0])).toEqual([['2021.md', false], ['2022.md', true], ['broken.md', true]]);
      expect(inMemory[1].messages.filter((m) => CROSS.test(m.ruleId))).toHaveLength(4);
    } finally {
      run.close();
    }
  });
});
