import { describe, expect, it } from 'vitest';
import { loadFolding } from '../src/folding.js';
import { labelScore, normaliseLabel } from '../src/label.js';

const folding = loadFolding();
const n = (s: string) => normaliseLabel(s, folding);

describe('normaliseLabel', () => {
  it('drops numbering, 其中, notes in brackets and spaces', () => {
    expect(n('　　（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）')).toBe('主动公开政府信息数');
    expect(n('其中：主动公开规范性文件数')).toBe('主动公开规范性文件数');
    expect(n('1.专职人员数（不包括政府公报及政府网站工作人员数）')).toBe('专职人员数');
    expect(n('(二)被依法纠错数')).toBe('被依法纠错数');
    expect(n('统　计　指　标')).toBe('统计指标');
    expect(n('三、依申请公开情况')).toBe('依申请公开情况');
    expect(n('3.危及“三安全一稳定”')).toBe(n('3.危及"三安全一稳定"'));
  });

  it('folds Traditional characters and full-width forms', () => {
    expect(n('（七）總計')).toBe('总计');
    expect(n('規範性文件')).toBe('规范性文件');
    expect(n('２.傳真申請數')).toBe('传真申请数');
  });
});

describe('labelScore', () => {
  it('scores exact, truncated and unrelated labels', () => {
    expect(labelScore('现行有效件数', '现行有效件数')).toBe(3);
    expect(labelScore('现行有效件', '现行有效件数')).toBe(2);
    expect(labelScore('其他', '其他情形数')).toBe(0);
    expect(labelScore('兼职人员数', '专职人员数')).toBe(0);
  });
});
