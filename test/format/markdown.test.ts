import { describe, expect, it } from 'vitest';
import { escapeMarkdownCell } from '../../src/format/escape-markdown.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { brokenLegacy, context, message, result } from './results.js';

describe('markdown format', () => {
  it('gives the totals, a file table and a findings table with rule links for broken.txt', async () => {
    const results = await brokenLegacy();
    const s = results[0].stats;
    const lines = formatMarkdown(results, context()).split('\n');
    expect(lines.slice(0, 4)).toEqual(['## disclosure-lint', '', '**✖ 5 个问题（5 个错误，0 个警告）**', '']);
    expect(lines[4]).toMatch(/^已检查 1 个文件，识别报告 1 份（旧版统计表 1）；校验 \d+ 项：通过 \d+，不通过 5，无法判断 0$/);
    expect(lines.slice(6, 9)).toEqual([
      '| 文件 | 格式 | 错误 | 警告 | 校验 | 通过 | 不通过 | 无法判断 |',
      '|---|---|--:|--:|--:|--:|--:|--:|',
      `| examples/legacy/broken.txt | 旧版统计表 | 5 | 0 | ${s.run} | ${s.passed} | 5 | 0 |`,
    ]);
    expect(lines.slice(10, 12)).toEqual(['| 位置 | 级别 | 规则 | 说明 |', '|---|---|---|---|']);
    expect(lines.slice(12, 17).map((l) => l.split(' | ').slice(0, 3))).toEqual([
      ['| examples/legacy/broken.txt:32:2', '错误', '[L-CH-2](https://github.com/disclosure-lint/disclosure-lint/blob/main/docs/rules/L-CH-2.md)'],
      ['| examples/legacy/broken.txt:85:2', '错误', '[L-RJ-1](https://github.com/disclosure-lint/disclosure-lint/blob/main/docs/rules/L-RJ-1.md)'],
      ['| examples/legacy/broken.txt:113:2', '错误', '[L-AP-3](https://github.com/disclosure-lint/disclosure-lint/blob/main/docs/rules/L-AP-3.md)'],
      ['| examples/legacy/broken.txt:205:2', '错误', '[L-RV-1](https://github.com/disclosure-lint/disclosure-lint/blob/main/docs/rules/L-RV-1.md)'],
      ['| examples/legacy/broken.txt:257:2', '错误', '[L-ORG-1](https://github.com/disclosure-lint/disclosure-lint/blob/main/docs/rules/L-ORG-1.md)'],
    ]);
    expect(lines[16]).toBe(
      '| examples/legacy/broken.txt:257:2 | 错误 | [L-ORG-1](https://github.com/disclosure-lint/disclosure-lint/blob/main/docs/rules/L-ORG-1.md) | ' +
        '从事政府信息公开工作人员数 5 ≠ 专职人员数 2 + 兼职人员数 4 = 6，差 1（应满足：从事政府信息公开工作人员数＝专职＋兼职） |',
    );
    expect(lines.slice(17)).toEqual(['', '']);
  });

  it('escapes pipes, backticks, Markdown and HTML in report text, and keeps every row on one line', () => {
    const text = 'a|b `code` *em* _u_ [link](x) ~s~ <img src=x onerror=alert(1)> & \\| end\nnext\u001b';
    expect(escapeMarkdownCell(text)).toBe(
      'a\\|b \\`code\\` \\*em\\* \\_u\\_ \\[link\\](x) \\~s\\~ &lt;img src=x onerror=alert(1)&gt; &amp; \\\\\\| end\\\\nnext\\\\u001b',
    );
    const out = formatMarkdown([result('r|<b>.md', [message({ message: text })])], context());
    const row = out.split('\n').find((l) => l.startsWith('| r'))!;
    expect(row).toBe('| r\\|&lt;b&gt;.md | 旧版统计表 | 1 | 0 | 10 | 9 | 1 | 0 |');
    const finding = out.split('\n').find((l) => l.includes(':3:2'))!;
    expect(finding.split(/(?<!\\)\|/)).toHaveLength(6);
    expect(finding).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).not.toContain('<img');
  });

  it('lists files with problems first and caps both tables with a line saying how many more', () => {
    const clean = Array.from({ length: 3 }, (_, i) => result(`clean${i}.txt`, []));
    const broken = result('broken.txt', Array.from({ length: 4 }, (_, i) => message({ message: `m${i}`, line: i + 1, endLine: i + 1 })));
    const out = formatMarkdown([...clean, broken], context({ lang: 'en' }), { maxFiles: 2, maxFindings: 3 });
    const lines = out.split('\n');
    expect(lines[2]).toBe('**✖ 4 problems (4 errors, 0 warnings)**');
    expect(lines.filter((l) => /^\| (clean|broken)\d*\.txt \|/.test(l)).map((l) => l.split(' | ')[0])).toEqual(['| broken.txt', '| clean0.txt']);
    expect(out).toContain('\n\n…and 2 more files not listed.\n');
    expect(lines.filter((l) => l.startsWith('| broken.txt:'))).toHaveLength(3);
    expect(out).toContain("\n\n…and 1 more problem not listed; the step's log has them all, as does `--format json`.\n");
  });

  it('stays under its byte budget however many findings there are', () => {
    const many = Array.from({ length: 5000 }, (_, i) => message({ message: '数'.repeat(200), line: i + 1, endLine: i + 1 }));
    const out = formatMarkdown([result('big.txt', many)], context(), { maxBytes: 64 * 1024 });
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThan(64 * 1024 + 200);
    expect(out).toMatch(/\n…另有 \d+ 个问题未列出；完整列表见本步骤的日志，或用 `--format json` 输出。\n\n$/);
  });

  it('says so when there is nothing wrong', () => {
    const out = formatMarkdown([result('a.txt', [])], context());
    expect(out.split('\n')[2]).toBe('**✔ 未发现问题**');
    expect(out).not.toContain('| 位置 |');
  });
});
