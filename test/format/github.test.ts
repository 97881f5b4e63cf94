import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/format/github.js';
import { escapeData, escapeProperty } from '../../src/format/workflow-command.js';
import type { LintMessage } from '../../src/result.js';
import { brokenLegacy, context, message, result } from './results.js';

/** A workflow-command line read back the way the Actions runner reads it (ActionCommand.TryParseV2). */
function parseCommand(line: string): { name: string; props: Record<string, string>; data: string } | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const [name, ...rest] = text.slice(2, end).split(' ');
  const props: Record<string, string> = {};
  for (const pair of rest.join(' ').split(',').filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
  }
  return { name, props, data: unescape(text.slice(end + 2), false) };
}

function unescape(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

describe('github format', () => {
  it('annotates each finding of broken.txt at its cell, in a group, after removing the ESLint matchers', async () => {
    const lines = formatGithub(await brokenLegacy(), context()).trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['::remove-matcher owner=eslint-stylish::', '::remove-matcher owner=eslint-compact::', '::group::examples/legacy/broken.txt']);
    expect(lines.at(-1)).toBe('::endgroup::');
    expect(lines).toHaveLength(3 + 5 + 1);
    expect(lines[7]).toBe(
      '::error file=examples/legacy/broken.txt,line=257,col=2,endLine=257,endColumn=3,title=L-ORG-1%3A 从事政府信息公开工作人员数＝专职＋兼职::' +
        '从事政府信息公开工作人员数 5 ≠ 专职人员数 2 + 兼职人员数 4 = 6，差 1（应满足：从事政府信息公开工作人员数＝专职＋兼职）',
    );
    expect(lines.slice(3, 8).map((l) => parseCommand(l)).map((c) => [c?.name, c?.props.line, c?.props.col, c?.props.title.split(':')[0]])).toEqual([
      ['error', '32', '2', 'L-CH-2'],
      ['error', '85', '2', 'L-RJ-1'],
      ['error', '113', '2', 'L-AP-3'],
      ['error', '205', '2', 'L-RV-1'],
      ['error', '257', '2', 'L-ORG-1'],
    ]);
  });

  it('gives exactly one well-formed command per finding, whatever the report text holds', () => {
    const texts = ['100% 完成\r\n::error file=x::injected', 'a, b:: c%0A d%25', '::warning::second\n::add-mask::secret', 'plain'];
    const messages: LintMessage[] = texts.map((t, i) => message({ ruleId: `R-${i}`, severity: i === 2 ? 1 : 2, message: t, line: i + 1, endLine: i + 1 }));
    const file = 'reports/a,b:c %.txt';
    const out = formatGithub([result(file, messages)], context());
    const lines = out.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('::'))).toBe(true);
    expect(lines).toHaveLength(2 + 1 + texts.length + 1);
    const commands = lines.map((l) => parseCommand(l)!);
    expect(commands[2]).toEqual({ name: 'group', props: {}, data: file });
    const annotations = commands.slice(3, -1);
    expect(annotations.map((c) => c.name)).toEqual(['error', 'error', 'warning', 'error']);
    expect(annotations.map((c) => c.data)).toEqual(texts);
    expect(annotations.map((c) => c.props)).toEqual(
      texts.map((_, i) => ({ file, line: String(i + 1), col: '2', endLine: String(i + 1), endColumn: '4', title: `R-${i}` })),
    );
  });

  it('escapes exactly as the runner unescapes', () => {
    expect(escapeData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
    // Other control characters are shown, so that ESC cannot colour or rewrite the log.
    expect(escapeData('x\u001b[2Ky\u0000\tz')).toBe('x\\u001b[2Ky\\u0000\tz');
  });

  it('leaves out columns when a finding spans lines, and uses ::warning for warnings', () => {
    const out = formatGithub([result('a.md', [message({ severity: 1, line: 4, column: 7, endLine: 6, endColumn: 2, message: '跨行' })])], context());
    expect(out.split('\n')[3]).toBe('::warning file=a.md,line=4,endLine=6,title=L-ORG-1%3A 从事政府信息公开工作人员数＝专职＋兼职::跨行');
  });

  it('annotates the first 10 errors and 10 warnings, lists the rest as plain lines and says so once', () => {
    const errors = Array.from({ length: 12 }, (_, i) => message({ ruleId: 'E', message: `e${i}`, line: i + 1, endLine: i + 1 }));
    const warnings = Array.from({ length: 11 }, (_, i) => message({ ruleId: 'W', severity: 1, message: `w${i}`, line: 100 + i, endLine: 100 + i }));
    const lines = formatGithub([result('a.txt', errors), result('b.txt', warnings)], context()).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((l) => !l.startsWith('::'))).toEqual(['error a.txt:11:2  e10  E', 'error a.txt:12:2  e11  E', 'warning b.txt:110:2  w10  W']);
    const notices = lines.filter((l) => l.startsWith('::notice'));
    expect(notices).toEqual([
      '::notice title=disclosure-lint::另有 3 个问题（2 个错误，1 个警告）没有标注：GitHub 每个步骤只显示前 10 个错误和前 10 个警告标注。' +
        '这些问题已逐条列在本步骤日志的各文件分组中（用 markdown 格式写入作业摘要时，摘要里也有）。',
    ]);
    expect(lines.at(-1)).toBe(notices[0]);
  });

  it('takes a smaller cap, and says it in English with --lang en', () => {
    const errors = Array.from({ length: 3 }, (_, i) => message({ message: `e${i}`, line: i + 1, endLine: i + 1 }));
    const out = formatGithub([result('a.txt', errors)], context({ lang: 'en' }), { maxPerSeverity: 1 });
    expect(out).toContain('::notice title=disclosure-lint::2 more problems (2 errors, 0 warnings) not annotated: GitHub shows only the first 1 error and 1 warning annotations of a step.');
  });

  it('never lets a plain line past the cap be read as a command', () => {
    const many = Array.from({ length: 11 }, (_, i) => message({ message: i === 10 ? '\n::error::boom' : 'x', line: i + 1, endLine: i + 1 }));
    const lines = formatGithub([result('::warning::evil.txt', many)], context()).trimEnd().split('\n');
    const plain = lines.filter((l) => !l.trimStart().startsWith('::'));
    expect(plain).toEqual(['error ::warning::evil.txt:11:2  \\n::error::boom  L-ORG-1']);
    expect(lines.filter((l) => parseCommand(l)?.name === 'error')).toHaveLength(10);
  });

  it('says which Word table cell a .docx finding is at', () => {
    const m = message({ message: '总计 16 ≠ 17', location: { unit: 'docx', table: 2, row: 6, column: 10, text: '16' } });
    const line = formatGithub([result('年报.docx', [m])], context()).split('\n')[3];
    expect(parseCommand(line)?.data).toBe('总计 16 ≠ 17（位置：表2 第6行第10列「16」）');
  });

  it('prints only the matcher removal for a clean run', () => {
    expect(formatGithub([result('a.txt', [])], context())).toBe('::remove-matcher owner=eslint-stylish::\n::remove-matcher owner=eslint-compact::\n');
  });
});
