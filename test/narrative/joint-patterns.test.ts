import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf, loadNarrativePolicy } from '../../src/narrative/policy.js';
import type { Para } from '../../src/narrative/paragraphs.js';
import { readNegations, readUpheld } from '../../src/narrative/qualitative.js';
import { readPeriods, readSectionCounts } from '../../src/narrative/report-facts.js';
import { params } from '../property/budget.js';

const para = (text: string): Para => ({ text, isHeading: false, section: '一、总体情况', pieces: [{ at: 0, start: 0, length: text.length }] });

describe('joint patterns of the prose readers', () => {
  const policy = loadNarrativePolicy();

  it('is one pattern for the five', () => {
    expect(policy.statementCue).toBeInstanceOf(RegExp);
    expect(policy.statementCue!.test('本年度未收到政府信息公开申请')).toBe(true);
    expect(policy.statementCue!.test('行政复议3件，均予以维持')).toBe(true);
    expect(policy.statementCue!.test('本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止')).toBe(true);
    expect(policy.statementCue!.test('全文包括总体情况、主动公开情况和存在的问题三个部分')).toBe(true);
    expect(policy.statementCue!.test('全年主动公开政府信息1326条')).toBe(false);
  });

  it('turns away only paragraphs in which no statement reader finds anything', () => {
    const words = fc.constantFrom(
      '未', '没有', '无', '收到', '受理', '发生', '行政复议', '行政诉讼', '申请', '均', '获', '维持', '统计', '期限', '2022', '年', '1', '月', '日', '至',
      '12', '31', '包括', '总体情况', '、', '三', '个', '部分', '方面', '，', '。', '政府信息公开',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (pieces) => {
        const p = para(pieces.join(''));
        if (policy.statementCue!.test(p.text)) return;
        expect([...readNegations(p, policy), ...readUpheld(p, policy), ...readPeriods(p, policy), ...readSectionCounts(p, policy)]).toEqual([]);
      }),
      params(500),
    );
  });

  it('the joint tests around a number miss nothing any of their patterns would find', () => {
    const { before, after } = policy.claimContext;
    expect(before).toBeInstanceOf(RegExp);
    expect(after).toBeInstanceOf(RegExp);
    const words = fc.constantFrom('约', '近', '超过', '第', '每', '各', '分别为', '统', '进', '数', '3', '至', '-', '～', ' ', '件', '左右', '以上', '余', '性', '工作日', '月', '申请', '，', '。');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), fc.array(words, { maxLength: 8 }), (b, a) => {
        const textBefore = b.join('').slice(-12);
        const textAfter = a.join('');
        const { notACount, approximate } = policy;
        if (!before!.test(textBefore)) {
          for (const p of [notACount.before, notACount.chineseBefore, approximate.before, approximate.rangeBefore]) expect(p.test(textBefore)).toBe(false);
        }
        if (!after!.test(textAfter)) {
          for (const p of [notACount.afterUnit, approximate.after, approximate.rangeAfter]) expect(p.test(textAfter)).toBe(false);
        }
      }),
      params(500),
    );
  });

  it('is not made when a pattern refers back to a group, or when the patterns do not compile', () => {
    expect(anyOf(['(?<a>x)\\k<a>'])).toBeUndefined();
    expect(anyOf(['(x)\\1'])).toBeUndefined();
    expect(anyOf(['(?<a>x'])).toBeUndefined();
    // Two patterns may name their groups alike.
    expect(anyOf(['(?<n>\\d+)件', '(?<n>\\d+)条'])!.test('38条')).toBe(true);
  });
});
