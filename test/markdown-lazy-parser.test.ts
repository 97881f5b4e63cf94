import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from './helpers/cli.js';

/**
 * remark loads only when a report's Markdown structure needs it (src/extract/markdown-parser.ts).
 * In a fresh CLI process, a report with a list and a quote (which need it) and one of headings
 * and prose (which does not) are both read in full, whichever comes first, in one thread or two.
 */
describe('the Markdown parser loaded on demand', () => {
  const clean = readFileSync(path.join(ROOT, 'examples/2021/clean.md'), 'utf8');
  const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-md-'));
  // Structure remark must read: a list, a quote and a setext heading before the report.
  writeFileSync(path.join(dir, 'a-structured.md'), `附注\n====\n\n- 第一项说明\n- 第二项说明\n\n> 引用的说明文字\n\n${clean}`);
  writeFileSync(path.join(dir, 'b-simple.md'), clean);

  it.each([['off'], ['2']])('reads both reports with --concurrency %s', (concurrency) => {
    const r = runCli(['-f', 'json', '--concurrency', concurrency, dir]);
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; format: string; recognised: { items: number }; messages: Array<{ ruleId: string }> }>;
    expect(results.map((x) => [path.basename(x.filePath), x.format, x.recognised.items, x.messages.map((m) => m.ruleId)])).toEqual([
      ['a-structured.md', '2021', 200, []],
      ['b-simple.md', '2021', 200, []],
    ]);
    expect(r.code).toBe(0);
  });
});
