import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint-source.js';
import type { LintMessage } from '../../src/result.js';
import { bindingsOf, type CellAt } from '../helpers/bindings.js';
import { ROOT } from '../helpers/cli.js';

const F2021 = 'examples/2021/clean.md';
const clean = readFileSync(path.join(ROOT, F2021), 'utf8');
const cells = bindingsOf(clean, 'markdown');

/** The report with some cells set to new numbers of the same width (so nothing else moves). */
function withCells(text: string, at: Map<string, CellAt>, edits: Record<string, string>): string {
  const sorted = Object.entries(edits).sort(([a], [b]) => at.get(b)!.offset - at.get(a)!.offset);
  for (const [key, value] of sorted) {
    const cell = at.get(key)!;
    expect(value).toHaveLength(cell.text.length);
    text = text.slice(0, cell.offset) + value + text.slice(cell.offset + cell.text.length);
  }
  return text;
}

function lint2021(edits: Record<string, string>, lang: 'zh' | 'en' = 'zh') {
  return lintText(F2021, withCells(clean, cells, edits), 'markdown', { lang, rules: {} }).messages;
}

const tableMessages = (messages: LintMessage[]) => messages.filter((m) => /^F21-T[34]-/.test(m.ruleId));

describe('a single changed cell of table 三 is found where its row and column checks cross', () => {
  const keys = [...cells.keys()].filter((k) => k.startsWith('t3.'));
  it('covers all 25 × 7 cells', () => expect(keys).toHaveLength(175));
  for (const key of keys) {
    it(key, () => {
      const cell = cells.get(key)!;
      const n = Number(cell.text);
      const bumped = String(n % 10 === 9 ? n - 1 : n + 1);
      const messages = tableMessages(lint2021({ [key]: bumped }));
      expect(messages.length).toBeGreaterThanOrEqual(2);
      for (const m of messages) {
        expect(m.explanation).toMatchObject({ unique: true, cells: [{ key, from: Number(bumped), to: n, line: cell.line, column: cell.column }] });
        expect(m.suggestions).toEqual([expect.objectContaining({ fix: { range: [cell.offset, cell.offset + cell.text.length], text: cell.text } })]);
      }
    });
  }
});

describe('explanations', () => {
  it('names the one cell that explains every failure, with the number of checks it fixes', () => {
    const [first] = lint2021({ 't3.new.total': '39' });
    // F21-P-1 (the prose says 38), F21-T3-COL and F21-T3-CARRY all pass with 38.
    expect(first.ruleId).toBe('F21-P-1');
    expect(first.explanation).toMatchObject({ text: '若将「一、本年新收…」的总计由 39 改为 38，则 3 项校验全部通过', checksFixed: 3, unique: true });
    const cell = cells.get('t3.new.total')!;
    expect(first.suggestions).toEqual([{ desc: '将「一、本年新收…」的总计由 39 改为 38', fix: { range: [cell.offset, cell.offset + 2], text: '38' } }]);
  });

  it('finds the smallest pair when two cells were changed', () => {
    // （一）予以公开 自然人 12 → 13 and （二）部分公开 科研机构 0 → 1: the other corners of the
    // rectangle would have to go below zero, so the pair is unique.
    const messages = tableMessages(lint2021({ 't3.granted.np': '13', 't3.partly.sci': '1' }));
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['F21-T3-COL', 'F21-T3-COL', 'F21-T3-SUM', 'F21-T3-SUM']);
    const np = cells.get('t3.granted.np')!;
    const sci = cells.get('t3.partly.sci')!;
    for (const m of messages) {
      expect(m.explanation).toMatchObject({
        unique: true,
        checksFixed: 4,
        cells: [
          { key: 't3.granted.np', from: 13, to: 12 },
          { key: 't3.partly.sci', from: 1, to: 0 },
        ],
      });
      // Two edits make one fix, as ESLint merges them: the text between them is kept.
      const [start, end] = m.suggestions![0].fix!.range;
      expect([start, end]).toEqual([np.offset, sci.offset + 1]);
      expect(m.suggestions![0].fix!.text).toBe('12' + clean.slice(np.offset + 2, sci.offset) + '0');
    }
  });

  it('lists every pair when two pairs explain the failures equally well', () => {
    const [m] = tableMessages(lint2021({ 't3.granted.np': '13', 't3.unable.not-held.biz': '2' }));
    expect(m.explanation!.unique).toBe(false);
    const sets = [m.explanation!.cells, ...m.explanation!.alternatives!.map((a) => a.cells)].map((cs) => cs.map((c) => `${c.key} ${c.from}→${c.to}`));
    expect(sets).toEqual([
      ['t3.granted.np 13→12', 't3.unable.not-held.biz 2→1'],
      ['t3.granted.biz 2→1', 't3.unable.not-held.np 6→5'],
    ]);
    expect(m.suggestions).toHaveLength(2);
    expect(m.explanation!.text).toMatch(/^有 2 种只改动 2 个数字的改法都能使 4 项校验全部通过：将/);
  });

  it('says when more than two numbers must change, and suggests nothing', () => {
    const messages = tableMessages(lint2021({ 't3.granted.np': '13', 't3.unable.not-held.biz': '2', 't3.partly.np': '4' }));
    expect(messages).toHaveLength(5);
    for (const m of messages) {
      expect(m.explanation).toMatchObject({ needsMore: true, cells: [], checksFixed: 0 });
      expect(m.explanation!.text).toBe('这 5 项校验无法通过只改动一两个数字全部满足，可能有三处或更多错误');
      expect(m.suggestions).toBeUndefined();
    }
  });

  it('recognises transposed digits and lists that explanation first', () => {
    const [m] = lint2021({ 't3.new.total': '83' }, 'en');
    expect(m.explanation).toMatchObject({ slip: 'transposition', cells: [{ key: 't3.new.total', from: 83, to: 38, slip: 'transposition' }] });
    expect(m.explanation!.text).toBe('Change new applications (total) from 83 to 38 and all 3 checks pass (probably two digits swapped)');
  });

  it('puts a transposition first among equally small explanations of one broken sum', () => {
    const file = 'examples/legacy/clean.md';
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const at = bindingsOf(text, 'markdown');
    const m = lintText(file, withCells(text, at, { 'ch.website': '145' }), 'markdown', { lang: 'zh', rules: {} }).messages.find((x) => x.ruleId === 'L-CH-2')!;
    // L-CH-2 (286 > Σ channels) is reported; the equality L-CH-3 fails too and is what localises.
    expect(m).toMatchObject({ severity: 2, line: at.get('ap.total')!.line, column: at.get('ap.total')!.column });
    expect(m.explanation).toMatchObject({ unique: false, checksFixed: 2 });
    expect(m.explanation!.cells).toEqual([expect.objectContaining({ key: 'ch.website', from: 145, to: 154, slip: 'transposition' })]);
    // The prose confirms 286, 8, 37 and 71, so only 其他方式 remains as another single change.
    expect(m.explanation!.alternatives).toEqual([{ cells: [expect.objectContaining({ key: 'ch.other', from: 16, to: 25 })] }]);
  });

  it('orders a tie without slips: parts before the total, then in document order', async () => {
    const { ruleExamples } = await import('../../src/docs/examples.js');
    // 收到申请数 23 ≠ 9 + 2 + 9 + 4 = 24, no prose to tell which is wrong.
    const ex = ruleExamples().get('L-AP-3')!;
    const [m] = lintText('r.md', ex.failing.text, 'markdown', { lang: 'zh', rules: {} }).messages;
    expect(m).toMatchObject({ ruleId: 'L-AP-3', severity: 2, line: 5, column: 18 });
    const sets = [m.explanation!.cells, ...m.explanation!.alternatives!.map((a) => a.cells)].map((cs) => cs.map((c) => `${c.key} ${c.from}→${c.to}`).join());
    expect(sets).toEqual(['req.in-person 9→8', 'req.fax 2→1', 'req.online 9→8', 'req.letter 4→3', 'req.received 23→24']);
    expect(m.suggestions).toHaveLength(5);
    expect(m.explanation!.text).toBe('有 5 种只改动 1 个数字的改法都能使 1 项校验全部通过：将「当面申请数」由 9 改为 8；或将「传真申请数」由 2 改为 1；或将「网络申请数」由 9 改为 8；另有 2 种');
  });

  it('recognises a number typed into the neighbouring column', () => {
    // 5.属于三类内部事务信息: 自然人 1, 商业企业 0 typed as 0, 1.
    const messages = tableMessages(lint2021({ 't3.refused.internal.np': '0', 't3.refused.internal.biz': '1' }));
    expect(messages.map((m) => m.ruleId)).toEqual(['F21-T3-SUM', 'F21-T3-SUM']);
    expect(messages[0].explanation).toMatchObject({
      slip: 'neighbour-column',
      cells: [
        { key: 't3.refused.internal.np', from: 0, to: 1 },
        { key: 't3.refused.internal.biz', from: 1, to: 0 },
      ],
    });
  });

  it('recognises an amount entered in 元 where the table counts 万元', () => {
    const text = clean.replace('| 行政事业性收费 | 0 |', '| 行政事业性收费 | 1200元 |');
    const m = lintText(F2021, text, 'markdown', { lang: 'zh', rules: {} }).messages.find((x) => x.ruleId === 'F21-U-1')!;
    const offset = text.indexOf('1200元');
    expect(m).toMatchObject({ severity: 1, line: 35, column: 13 });
    expect(m.explanation).toMatchObject({ slip: 'unit', cells: [{ key: 't2.fees.amount', from: 1200, to: 0.12 }] });
    expect(m.suggestions).toEqual([{ desc: '按万元填报：将 1200元 改为 0.12万元', fix: { range: [offset, offset + '1200元'.length], text: '0.12' } }]);
  });

  it('finds a wrong number in the prose when the table adds up', () => {
    const text = clean.replace('全年新收政府信息公开申请38件', '全年新收政府信息公开申请37件');
    const [m] = lintText(F2021, text, 'markdown', { lang: 'zh', rules: {} }).messages;
    const offset = text.indexOf('37件');
    expect(m.ruleId).toBe('F21-P-1');
    expect(m.explanation).toMatchObject({ unique: true, cells: [{ key: `prose@${offset}`, from: 37, to: 38 }] });
    expect(m.suggestions![0].fix).toEqual({ range: [offset, offset + 2], text: '38' });
  });

  it('offers no offsets for Word and Excel input, whose text is a rendering', async () => {
    const { lint } = await import('../../src/api.js');
    const [result] = await lint(['examples/docx/2021-broken.docx'], { cwd: ROOT, useConfigFiles: false });
    const explained = result.messages.filter((m) => m.explanation);
    expect(explained.length).toBeGreaterThan(0);
    for (const m of explained) {
      expect(m.explanation!.frame).toBeUndefined();
      for (const s of m.suggestions ?? []) expect(s.fix).toBeUndefined();
    }
  });
});
