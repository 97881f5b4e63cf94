import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, type LintOptions } from '../src/lint-source.js';
import { ROOT } from './helpers/cli.js';

const MD = readFileSync(path.join(ROOT, 'examples/legacy/broken.md'), 'utf8').split('\n');
const TXT = readFileSync(path.join(ROOT, 'examples/legacy/broken.txt'), 'utf8').split('\n');
const options: LintOptions = { lang: 'zh', rules: {} };

/** Inserts lines before 1-based line `at` (so findings below it move down by their count). */
function insert(lines: string[], at: number, ...added: string[]): string {
  return [...lines.slice(0, at - 1), ...added, ...lines.slice(at - 1)].join('\n');
}

function run(text: string, kind: 'markdown' | 'text', settings: LintOptions['settings'] = {}) {
  const r = lintText('r', text, kind, { ...options, settings });
  return {
    messages: r.messages.map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`),
    suppressed: r.suppressedMessages.map((m) => `${m.ruleId} ${m.line} ${m.suppressions[0].justification}`),
  };
}

describe('inline directives in Markdown (HTML comments)', () => {
  it('disable-next-line silences one rule on the next row, with its reason kept', () => {
    // broken.md: L-CH-2 at 38:40, L-RJ-1 51:28, L-AP-3 58:18, L-RV-1 81:18, L-ORG-1 94:26.
    const text = insert(MD, 58, '<!-- disclosure-lint-disable-next-line L-AP-3 -- 原表如此，已向上级报备 -->');
    expect(run(text, 'markdown')).toEqual({
      messages: ['L-CH-2 2 38:40', 'L-RJ-1 2 51:28', 'L-RV-1 2 82:18', 'L-ORG-1 2 95:26'],
      suppressed: ['L-AP-3 59 原表如此，已向上级报备'],
    });
  });

  it('disable … enable covers a region, for the listed rules only', () => {
    const text = insert(insert(MD, 95, '<!-- disclosure-lint-enable -->').split('\n'), 40, '<!-- disclosure-lint-disable L-RJ-1, L-AP-3 -->');
    expect(run(text, 'markdown').messages).toEqual(['L-CH-2 2 38:40', 'L-RV-1 2 82:18', 'L-ORG-1 2 95:26']);
  });

  it('disable-file silences everything; a disable-line comment on the row itself works too', () => {
    expect(run(insert(MD, 1, '<!-- disclosure-lint-disable-file -->'), 'markdown').messages).toEqual([]);
    const lines = [...MD];
    lines[93] += ' <!-- disclosure-lint-disable-line L-ORG-1 -->';
    expect(run(lines.join('\n'), 'markdown').messages).not.toContain('L-ORG-1 2 94:26');
  });

  it('a directive that silences nothing is reported; a reason can be required', () => {
    const text = insert(MD, 3, '<!-- disclosure-lint-disable-next-line L-AP-3 -->');
    expect(run(text, 'markdown').messages).toContain('unused-disable-directive 1 3:6');
    expect(run(text, 'markdown', { reportUnusedDirectives: 'off' }).messages).not.toContain('unused-disable-directive 1 3:6');
    const noReason = insert(MD, 58, '<!-- disclosure-lint-disable-next-line L-AP-3 -->');
    expect(run(noReason, 'markdown', { requireDirectiveReason: true }).messages).toContain('directive-missing-reason 2 58:6');
  });

  it('noInlineConfig ignores the comments', () => {
    const text = insert(MD, 58, '<!-- disclosure-lint-disable-next-line L-AP-3 -- x -->');
    expect(run(text, 'markdown', { noInlineConfig: true }).messages).toContain('L-AP-3 2 59:18');
  });
});

describe('inline directives in plain text', () => {
  it('a `#` or `//` line disables a line, and does not cut the table it stands in', () => {
    // broken.txt: the 收到申请数 row is lines 111–113 (label, unit, value); L-AP-3 is at 113:2.
    // The comment before the row covers the whole row, its cells being on separate lines.
    const text = insert(TXT, 111, '# disclosure-lint-disable-next-line L-AP-3 -- 已核实');
    const r = run(text, 'text');
    expect(r.messages).toEqual(['L-CH-2 2 32:2', 'L-RJ-1 2 85:2', 'L-RV-1 2 206:2', 'L-ORG-1 2 258:2']);
    expect(r.suppressed).toEqual(['L-AP-3 114 已核实']);
    const region = insert(TXT, 110, '// disclosure-lint-disable L-AP-3');
    expect(run(region, 'text').suppressed).toEqual(['L-AP-3 114 ']);
  });
});
