import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint-source.js';
import { MAX_PARAGRAPH_CHARS } from '../../src/narrative/narrative.js';

const clean = readFileSync(new URL('../../examples/2021/clean.txt', import.meta.url), 'utf8');
const lines = clean.split('\n');

/** The clean report with `paragraph` inserted as line 3 (after the title and a blank line). */
function withParagraph(paragraph: string): string {
  return [...lines.slice(0, 2), paragraph, '', ...lines.slice(2)].join('\n');
}

const lint = (text: string, rules = {}) => lintText('report.txt', text, 'text', { lang: 'zh', rules });

describe('prose the narrative checks leave unread', () => {
  // A claim that contradicts table 三 (38 new applications): checked in a paragraph of normal length.
  const claim = '全年新收政府信息公开申请99件。';

  it('a paragraph of normal length is read: its claim is checked', () => {
    const ids = lint(withParagraph(claim)).messages.map((m) => m.ruleId);
    expect(ids).toContain('F21-P-1');
    expect(ids).not.toContain('prose-not-checked');
  });

  it('a paragraph over the limit is not read, and says so at its first character', () => {
    const filler = '本机关持续推进政务公开标准化规范化建设。'.repeat(Math.ceil(MAX_PARAGRAPH_CHARS / 20));
    const result = lint(withParagraph(`${claim}${filler}`));
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([['prose-not-checked', 1, 3, 1]]);
    expect(result.messages[0].message).toContain(String(MAX_PARAGRAPH_CHARS));
  });

  it('can be turned off like any warning', () => {
    const filler = '本机关持续推进政务公开标准化规范化建设。'.repeat(Math.ceil(MAX_PARAGRAPH_CHARS / 20));
    expect(lint(withParagraph(filler), { 'prose-not-checked': 'off' }).messages).toEqual([]);
  });

  it('the clean report gets no such warning', () => {
    expect(lint(clean).messages).toEqual([]);
  });
});
