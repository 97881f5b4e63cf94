import { describe, expect, it } from 'vitest';
import { edit, findings, fixture, lint, pos } from './helpers.js';

/**
 * A 2017 township report with the legacy 统计表 (test/fixtures/narrative/legacy-clean.txt, pipe
 * rows): 主动公开 150 (规范性文件 10; 网站 90, 微信 30, 微博 20, 公报 5), 收到 12 = 4 + 0 + 6 + 2,
 * 办结 12 = 11 + 1, 同意公开 5, 不同意公开 2 (商业秘密 1, 个人隐私 1), 复议 1, 诉讼 0,
 * 专门机构 1, 查阅点 1, 人员 3 = 1 + 2, 专项经费 1.2 万元, 会议 2, 培训班 1, 培训 30 人次.
 */
const CLEAN = fixture('legacy-clean.txt');
const txt = (text: string) => findings(text, 'text');

describe('L-P-1: prose numbers of a legacy report agree with its table', () => {
  it('the clean report is clean', () => {
    expect(lint(CLEAN, 'text').messages).toEqual([]);
    expect(lint(CLEAN, 'text').format).toBe('legacy');
  });

  it('a received count that differs is an error at the number, the table cell related', () => {
    const text = edit(CLEAN, '收到政府信息公开申请12件', '收到政府信息公开申请13件');
    expect(txt(text)).toEqual(['L-P-1 2 12:14']);
    const m = lint(text, 'text').messages[0];
    expect(m.message).toBe('正文称新收政府信息公开申请 13 件，表中「收到申请数」12，二者不一致');
    expect(m.related?.map((r) => r.key)).toEqual(['req.received']);
  });

  it('同意公开, 同意部分公开 and 不同意公开 are told apart', () => {
    expect(txt(edit(CLEAN, '同意公开5件', '同意公开4件'))).toEqual([`L-P-1 2 ${pos(CLEAN, '5件，同意部分')}`]);
    expect(txt(edit(CLEAN, '同意部分公开1件', '同意部分公开2件'))).toEqual([`L-P-1 2 ${pos(CLEAN, '1件，不同意')}`]);
    expect(txt(edit(CLEAN, '不同意公开2件', '不同意公开3件'))).toEqual([`L-P-1 2 ${pos(CLEAN, '2件（涉及')}`]);
  });

  it('prose written in full-width digits is read as the same numbers, at the same places', () => {
    // The money line with a full-width decimal point between digits, then a count that differs.
    expect(txt(edit(CLEAN, '专项经费1.2万元', '专项经费１．２万元'))).toEqual([]);
    expect(txt(edit(CLEAN, '专项经费1.2万元', '专项经费１．５万元'))).toEqual(['L-P-1 2 6:83']);
    const text = edit(CLEAN, '收到政府信息公开申请12件', '收到政府信息公开申请１３件');
    expect(txt(text)).toEqual(['L-P-1 2 12:14']);
    expect(lint(text, 'text').messages[0].message).toBe('正文称新收政府信息公开申请 13 件，表中「收到申请数」12，二者不一致');
  });

  it('channels, staff, money and training', () => {
    expect(txt(edit(CLEAN, '通过政务微信公开30条', '通过政务微信公开31条'))).toEqual([`L-P-1 2 ${pos(CLEAN, '30条，通过政务微博')}`]);
    expect(txt(edit(CLEAN, '专项经费1.2万元', '专项经费1.5万元'))).toEqual(['L-P-1 2 6:83']);
    expect(txt(edit(CLEAN, '培训乡村干部30人次', '培训乡村干部三十人次'))).toEqual([]);
    expect(txt(edit(CLEAN, '培训乡村干部30人次', '培训乡村干部三十二人次'))).toEqual([`L-P-1 2 ${pos(CLEAN, '30人次')}`]);
  });

  it('a breakdown that exceeds its total: the part and the total are both reported', () => {
    const text = edit(CLEAN, '兼职人员2人', '兼职人员3人');
    expect(txt(text)).toEqual(['L-P-1 2 6:52', `L-P-1 2 ${pos(text, '3人；')}`]);
  });

  it('"未发生行政复议" while the table has one is an error at the statement', () => {
    const text = edit(CLEAN, '未发生行政诉讼', '未发生行政复议和行政诉讼');
    expect(txt(text)).toEqual([`L-P-1 2 ${pos(text, '未发生')}`]);
  });

  it('approximate numbers are not compared', () => {
    expect(txt(edit(CLEAN, '全年共主动公开政府信息150条', '全年共主动公开政府信息160余条'))).toEqual([]);
    expect(txt(edit(CLEAN, '全年共主动公开政府信息150条', '全年共主动公开政府信息超过160条'))).toEqual([]);
  });
});
