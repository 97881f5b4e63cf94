import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../src/explain/types.js';
import { codeFrame } from '../../src/format/code-frame.js';
import { textWidth } from '../../src/format/text-width.js';
import { runCli } from '../helpers/cli.js';

const MATCHER = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*)\s\s+(.*)$/;

function explanation(line: string, column: number, number: string, extra: Partial<Explanation> = {}): Explanation {
  return {
    text: '若将「（一）予以公开」的自然人由 13 改为 12，则 2 项校验全部通过',
    cells: [{ key: 't3.granted.np', label: '', from: 13, to: 12, line: 45, column, endLine: 45, endColumn: column + number.length }],
    checksFixed: 2,
    unique: true,
    frame: [
      { line: 44, text: '| 二、上年结转 |  | 2 |' },
      { line: 45, text: line },
    ],
    ...extra,
  };
}

describe('code frame', () => {
  it('marks the suspected line and puts carets under the number, counting CJK as two columns', () => {
    const line = '| 三、本年度办理结果 | （一）予以公开 | 13 | 2 |';
    const column = [...line.slice(0, line.indexOf('13'))].length + 1;
    const out = codeFrame(explanation(line, column, '13'));
    expect(out[0]).toBe('    │ 若将「（一）予以公开」的自然人由 13 改为 12，则 2 项校验全部通过');
    expect(out[1]).toBe('    │   44 | | 二、上年结转 |  | 2 |');
    expect(out[2]).toBe(`    │ > 45 | ${line}`);
    const caret = out[3].indexOf('^');
    // Same display width before the carets as before the number in the line above.
    expect(textWidth(out[3].slice(0, caret))).toBe(textWidth(out[2].slice(0, out[2].indexOf('13'))));
    expect(out[3].slice(caret)).toBe('^^');
  });

  it('cannot be read as a message by the eslint-stylish problem matcher, and escapes control characters', () => {
    const out = codeFrame(explanation('\t 12:3  error  fake  \u001b[31mX', 2, '12'));
    for (const l of out) expect(MATCHER.test(l)).toBe(false);
    expect(out.join('\n')).not.toMatch(/\u001b/);
  });

  it('keeps the part of a very long line (a minified page) that holds the cell', async () => {
    const { frameLines } = await import('../../src/explain/frame.js');
    const { SourceText } = await import('../../src/source-text.js');
    const line = `${'<td>x</td>'.repeat(300)}<td>13</td>${'<td>y</td>'.repeat(300)}`;
    const at = line.indexOf('>13<') + 1;
    const span = { start: { line: 1, column: at + 1, offset: at }, end: { line: 1, column: at + 3, offset: at + 2 } };
    const frame = frameLines(new SourceText(line), [{ span }], { span }, []);
    expect(frame).toHaveLength(1);
    expect(frame[0].column).toBeGreaterThan(1);
    const out = codeFrame({ ...explanation('', at + 1, '13'), cells: [{ key: 'k', label: '', from: 13, to: 12, line: 1, column: at + 1, endLine: 1, endColumn: at + 3 }], frame });
    expect(out[1]).toContain('<td>13</td>');
    // ASCII only, so string index = display column.
    expect(out[2].indexOf('^^')).toBe(out[1].indexOf('13'));
  });

  it('shows only the sentence when no cell can be named', () => {
    expect(codeFrame(explanation('x', 1, 'x', { cells: [], needsMore: true, text: '这 5 项校验无法通过只改动一两个数字全部满足' }))).toEqual(['    │ 这 5 项校验无法通过只改动一两个数字全部满足']);
  });

  it('follows each explained message in stylish output, which the problem matcher still reads', () => {
    const r = runCli(['examples/2021/broken.md']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const hits = lines.map((l) => MATCHER.exec(l)).filter((m) => m !== null);
    expect(hits.map((m) => `${m[1]}:${m[2]} ${m[5]}`)).toEqual(['45:50 F21-T3-COL', '66:14 F21-T3-SUM', '66:39 F21-T3-CARRY', '67:44 F21-T3-COL', '75:19 F21-T4-SUM']);
    const at = lines.findIndex((l) => l.includes('45:50'));
    expect(lines[at + 1]).toBe('    │ 若将「（一）予以公开」的自然人由 13 改为 12、「四、结转下年…」的总计由 4 改为 2，则 4 项校验全部通过');
    expect(lines[at + 2]).toBe('    │ > 45 | | 三、本年度办理结果 | （一）予以公开 | 13 | 2 | 0 | 0 | 1 | 1 | 16 |');
    expect(lines[at + 3]).toBe(`    │      | ${' '.repeat(textWidth('| 三、本年度办理结果 | （一）予以公开 | '))}^^`);
  });
});
