import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/api.js';
import { formatSarif, SARIF_SCHEMA } from '../../src/format/sarif.js';
import type { FileResult } from '../../src/result.js';
import { ROOT } from '../helpers/cli.js';
import { brokenLegacy, context, message, result } from './results.js';

// The official OASIS schema (errata 01, draft-04); see test/fixtures/sarif-schema-2.1.0.source.md.
const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
// Both packages are CommonJS; under Node's ESM rules their classes are the `default` export.
const ajv = new AjvDraft04.default({ allErrors: true });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

interface Sarif {
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, any>> } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<Record<string, any>> }>;
    columnKind: string;
    results: Array<Record<string, any>>;
  }>;
}

function sarif(results: FileResult[], cwd = ROOT, lang: 'zh' | 'en' = 'zh'): Sarif {
  const text = formatSarif(results, context({ cwd, lang }));
  const log = JSON.parse(text);
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
  return log;
}

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with the tool, every rule and the five findings of broken.txt', async () => {
    const log = sarif(await brokenLegacy());
    expect(log).toMatchObject({ $schema: SARIF_SCHEMA, version: '2.1.0' });
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'disclosure-lint', version: '9.8.7', informationUri: 'https://github.com/disclosure-lint/disclosure-lint' });
    expect(run.columnKind).toBe('unicodeCodePoints');
    expect(run.invocations).toEqual([expect.objectContaining({ executionSuccessful: true })]);
    expect(run.invocations[0].toolExecutionNotifications).toBeUndefined();

    const rule = run.tool.driver.rules.find((r) => r.id === 'L-ORG-1');
    expect(rule).toEqual({
      id: 'L-ORG-1',
      name: 'L-ORG-1',
      shortDescription: { text: '从事政府信息公开工作人员数＝专职＋兼职' },
      fullDescription: { text: expect.any(String) },
      help: { text: expect.stringContaining('https://github.com/disclosure-lint/disclosure-lint/blob/main/docs/rules/L-ORG-1.md'), markdown: expect.any(String) },
      helpUri: 'https://github.com/disclosure-lint/disclosure-lint/blob/main/docs/rules/L-ORG-1.md',
      defaultConfiguration: { level: 'error' },
      properties: { precision: 'very-high', 'problem.severity': 'error' },
    });
    expect(rule!.fullDescription.text).not.toBe('');
    // A file-level diagnostic is documented in the README, not on a page of its own.
    expect(run.tool.driver.rules.find((r) => r.id === 'file-unreadable')?.helpUri).toBe('https://github.com/disclosure-lint/disclosure-lint/blob/main/README.md');

    expect(run.results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.region.startLine])).toEqual([
      ['L-CH-2', 'error', 32],
      ['L-RJ-1', 'error', 85],
      ['L-AP-3', 'error', 113],
      ['L-RV-1', 'error', 205],
      ['L-ORG-1', 'error', 257],
    ]);
    const staff = run.results[4];
    expect(run.tool.driver.rules[staff.ruleIndex].id).toBe('L-ORG-1');
    expect(staff.message.text).toBe('从事政府信息公开工作人员数 5 ≠ 专职人员数 2 + 兼职人员数 4 = 6，差 1（应满足：从事政府信息公开工作人员数＝专职＋兼职）');
    expect(staff.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'examples/legacy/broken.txt', uriBaseId: '%SRCROOT%' },
          region: { startLine: 257, startColumn: 2, endLine: 257, endColumn: 3 },
        },
      },
    ]);
    expect(staff.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: { artifactLocation: { uri: 'examples/legacy/broken.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 262, startColumn: 2, endLine: 262, endColumn: 3 } },
        message: { text: '专职人员数 2' },
      },
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'examples/legacy/broken.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 266, startColumn: 2, endLine: 266, endColumn: 3 } },
        message: { text: '兼职人员数 4' },
      },
    ]);
    expect(staff.properties).toMatchObject({ expected: 6, actual: 5 });
    expect(staff.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/);
    expect(staff.partialFingerprints['disclosureLint/v1']).toBe(staff.partialFingerprints.primaryLocationLineHash);
  });

  it('is checked by a validator that does reject broken SARIF', async () => {
    const log = JSON.parse(formatSarif(await brokenLegacy(), context()));
    const loc = log.runs[0].results[0].locations[0].physicalLocation;
    loc.artifactLocation.uri = 'reports/2023 年报.txt';
    expect(validate(log)).toBe(false);
    loc.artifactLocation.uri = 'reports/x.txt';
    loc.region.startColumn = 0;
    expect(validate(log)).toBe(false);
    loc.region.startColumn = 1;
    expect(validate(log)).toBe(true);
  });

  it('keeps fingerprints when lines are added above the table, and the numbers change', async () => {
    const original = readFileSync(path.join(ROOT, 'examples/legacy/broken.txt'), 'utf8');
    // Part-time staff (line 266) becomes 5: the same total is still wrong, by a different amount.
    const lines = original.split('\n');
    expect(lines[265]).toBe('\t4');
    lines[265] = '\t5';
    const edited = `说明：本报告依据《条例》编制。\n\n另起一段。\n\n${lines.join('\n')}`;
    const fingerprintsOf = async (text: string) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'sarif-fp-'));
      mkdirSync(path.join(dir, 'reports'));
      writeFileSync(path.join(dir, 'reports', '年报.txt'), text);
      const log = sarif(await lint(['reports/年报.txt'], { cwd: dir, useConfigFiles: false }), dir);
      return log.runs[0].results.map((r) => [r.ruleId, r.locations[0].physicalLocation.region.startLine, r.partialFingerprints.primaryLocationLineHash]);
    };
    const before = await fingerprintsOf(original);
    const after = await fingerprintsOf(edited);
    expect(after.map((r) => r[1])).toEqual(before.map((r) => (r[1] as number) + 4));
    expect(after.map((r) => r[2])).toEqual(before.map((r) => r[2]));
    expect(new Set(before.map((r) => r[2])).size).toBe(5);
  });

  it('tells identical findings apart with an occurrence counter', () => {
    const same = message({ ruleId: 'no-statistics-table', message: '找到 3 个表格' });
    const log = sarif([result('a.txt', [same, { ...same, line: 9, endLine: 9, message: '找到 4 个表格' }])]);
    const [first, second] = log.runs[0].results.map((r) => r.partialFingerprints.primaryLocationLineHash as string);
    expect(first.split(':')[0]).toBe(second.split(':')[0]);
    expect([first.split(':')[1], second.split(':')[1]]).toEqual(['1', '2']);
  });

  it('stays valid whatever labels and paths hold, and encodes paths as URIs', () => {
    const nasty = 'q"uote \\ back \u0000nul \u001b[31mred \u2028sep \ud800lone ::error::x, <b>&';
    const log = sarif([
      result('reports/2023年 报告 (终稿).txt', [
        message({
          ruleId: 'L-ORG-1',
          message: nasty,
          related: [{ key: 'org.full-time', label: nasty, value: '', line: 4, column: 3, endLine: 4, endColumn: 3 }],
        }),
      ]),
    ]);
    const r = log.runs[0].results[0];
    expect(r.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'reports/2023%E5%B9%B4%20%E6%8A%A5%E5%91%8A%20(%E7%BB%88%E7%A8%BF).txt',
      uriBaseId: '%SRCROOT%',
    });
    // Control characters are shown, not emitted; the rest of the text is kept.
    expect(r.message.text).toBe('q"uote \\ back \\u0000nul \\u001b[31mred \\u2028sep \ud800lone ::error::x, <b>&');
    expect(r.relatedLocations[0].message.text).toBe(`${r.message.text} （空白）`);
  });

  it('counts columns in code points, as the run declares', () => {
    // A column after an astral character (𠮷 is two UTF-16 units, one code point) is passed through unchanged.
    const log = sarif([result('a.txt', [message({ line: 2, column: 3, endLine: 2, endColumn: 5, message: '𠮷 1' })])]);
    expect(log.runs[0].columnKind).toBe('unicodeCodePoints');
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 5 });
  });

  it('reports a file that could not be checked as a result and as a failed invocation', () => {
    const fatal = message({ ruleId: 'file-unreadable', message: '无法读取文件：EACCES', line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true });
    const log = sarif([result('locked.txt', [fatal], { format: 'unknown' })]);
    const run = log.runs[0];
    expect(run.results).toHaveLength(1);
    expect(run.results[0]).toMatchObject({ ruleId: 'file-unreadable', level: 'error', message: { text: '无法读取文件：EACCES' } });
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe('file-unreadable');
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: '无法读取文件：EACCES' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'locked.txt', uriBaseId: '%SRCROOT%' } } }],
        associatedRule: { id: 'file-unreadable', index: run.results[0].ruleIndex },
      },
    ]);
  });

  it('keeps suppressed findings as suppressed results, and describes unknown rule ids', () => {
    const kept = message({ ruleId: 'L-AP-3', line: 5, endLine: 5 });
    const silenced = { ...message({ ruleId: 'X-NEW-1', severity: 1, line: 2, endLine: 2 }), suppressions: [{ kind: 'directive', justification: '原表如此' }] };
    const log = sarif([result('a.txt', [kept], { suppressedMessages: [silenced] })]);
    const [first, second] = log.runs[0].results;
    expect(first).toMatchObject({ ruleId: 'X-NEW-1', level: 'warning', suppressions: [{ kind: 'inSource', justification: '原表如此' }] });
    expect(second.suppressions).toBeUndefined();
    expect(log.runs[0].tool.driver.rules[first.ruleIndex]).toMatchObject({ id: 'X-NEW-1', defaultConfiguration: { level: 'warning' } });
  });

  it('uses file: URIs for files outside the working directory', () => {
    const outside = path.join(path.dirname(path.resolve(ROOT)), 'elsewhere', 'r.txt');
    const log = sarif([{ ...result('x.txt', [message()]), filePath: outside }]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: `file://${outside}` });
  });

  it('writes English rule texts with --lang en', async () => {
    const log = sarif(await brokenLegacy('en'), ROOT, 'en');
    const run = log.runs[0];
    expect(run.tool.driver.rules.find((r) => r.id === 'L-ORG-1')?.shortDescription.text).toMatch(/staff/i);
    expect(run.results[4].message.text).toContain('difference 1');
  });
});

describe('sarif fixes', () => {
  const original = readFileSync(path.join(ROOT, 'examples/2021/broken.txt'), 'utf8');

  /** Lints `bytes` as a .txt file and returns the error rule ids and the SARIF of the run. */
  async function run(bytes: Buffer) {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-fix-'));
    writeFileSync(path.join(dir, 'report.txt'), bytes);
    const results = await lint(['report.txt'], { cwd: dir, useConfigFiles: false });
    return { errors: results[0].messages.filter((m) => m.severity === 2).map((m) => m.ruleId), log: sarif(results, dir) };
  }

  /** The file's characters with the first fix of the first result that has one applied. */
  function applyFirstFix(log: Sarif, characters: string): string {
    const fix = log.runs[0].results.find((r) => r.fixes)!.fixes[0];
    const [{ deletedRegion, insertedContent }] = fix.artifactChanges[0].replacements;
    expect(fix.artifactChanges[0].artifactLocation).toEqual({ uri: 'report.txt', uriBaseId: '%SRCROOT%' });
    const chars = [...characters];
    chars.splice(deletedRegion.charOffset, deletedRegion.charLength, ...insertedContent.text);
    return chars.join('');
  }

  it('carry the suggested correction: applied to the file, the failing table-三 checks pass', async () => {
    const before = await run(Buffer.from(original));
    expect(before.errors).toEqual(['F21-T3-COL', 'F21-T3-SUM', 'F21-T3-CARRY', 'F21-T3-COL', 'F21-T4-SUM']);
    const fixed = applyFirstFix(before.log, original);
    expect(fixed).not.toBe(original);
    // Table 四's error has two equally good corrections, so it is left to the reader.
    expect((await run(Buffer.from(fixed))).errors).toEqual(['F21-T4-SUM']);
  });

  it('count the characters of the file, a UTF-16 byte order mark included', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]);
    const before = await run(utf16);
    const fixed = applyFirstFix(before.log, utf16.toString('utf16le'));
    expect(fixed.startsWith('\ufeff')).toBe(true);
    expect((await run(Buffer.from(fixed, 'utf16le'))).errors).toEqual(['F21-T4-SUM']);
  });
});
