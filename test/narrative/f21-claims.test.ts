import { describe, expect, it } from 'vitest';
import { edit, findings, fixture, lint, pos } from './helpers.js';

/**
 * A 2023 report in the 2021 format written for these tests (test/fixtures/narrative/f21-clean.md):
 * 新收 50 (自然人 40, 法人或其他组织 10), 上年结转 4, 办结 50 = 26 + 4 + 4 + 11 + 3 + 2, 结转 4;
 * 复议 3 (维持 2, 尚未审结 1); 诉讼 1 + 1; 行政许可 845, 行政处罚 36, 制发规范性文件 3.
 */
const CLEAN = fixture('f21-clean.md');
const md = (text: string) => findings(text, 'markdown');

describe('2021 format: a report whose prose agrees with its tables', () => {
  it('is clean', () => {
    expect(lint(CLEAN, 'markdown').messages).toEqual([]);
  });

  it('checks its prose numbers (they are counted as passed, not skipped)', () => {
    const { stats } = lint(CLEAN, 'markdown');
    const withoutProse = lint(CLEAN.replace(/^（[一二]）.*$/gm, '').replace(/^2023年，本局.*$/m, ''), 'markdown').stats;
    expect(stats.passed - withoutProse.passed).toBeGreaterThanOrEqual(20);
  });
});

describe('F21-P-1: applications received, carried in, by applicant', () => {
  it('a received count that differs from row 一 is an error at the number', () => {
    const text = edit(CLEAN, '上年结转4件', '上年结转5件');
    expect(md(text)).toEqual([`F21-P-1 2 ${pos(text, '5件。', '上年结转')}`]);
    expect(pos(text, '5件。', '上年结转')).toBe('11:51');
  });

  it('names both numbers and points at the table cell', () => {
    const m = lint(edit(CLEAN, '上年结转4件', '上年结转5件'), 'markdown').messages[0];
    expect(m.message).toBe('正文称上年结转申请 5 件，表中「二、上年结转政府信息公开申请数量[总计]」4，二者不一致');
    expect(m).toMatchObject({ expected: 4, actual: 5, endLine: 11, endColumn: 52 });
    // The 总计 cell of row 二 in table 三.
    expect(m.related).toEqual([expect.objectContaining({ key: 't3.carried-in.total', value: '4', line: 40, column: 49 })]);
    const en = lint(edit(CLEAN, '上年结转4件', '上年结转5件'), 'markdown', 'en').messages[0];
    expect(en.message).toContain('the text says applications carried over from last year: 5 件, but the table has');
  });

  it('full-width digits are read', () => {
    expect(md(edit(CLEAN, '上年结转4件', '上年结转４件'))).toEqual([]);
    expect(md(edit(CLEAN, '上年结转4件', '上年结转５件'))).toEqual(['F21-P-1 2 11:51']);
  });

  it('Chinese numerals count: 四件 agrees, 三件 and 两件 do not', () => {
    expect(md(edit(CLEAN, '上年结转4件', '上年结转四件'))).toEqual([]);
    expect(md(edit(CLEAN, '上年结转4件', '上年结转三件'))).toEqual(['F21-P-1 2 11:51']);
    const two = lint(edit(CLEAN, '上年结转4件', '上年结转两件'), 'markdown').messages;
    expect(two.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([['F21-P-1', 11, 51, 2]]);
  });

  it('a colon between subject and number, and a line break inside the sentence, are read through', () => {
    expect(md(edit(CLEAN, '上年结转4件', '上年结转：5件'))).toEqual(['F21-P-1 2 11:52']);
    const wrapped = edit(CLEAN, '上年结转4件', '上年\n结转5件');
    expect(md(wrapped)).toEqual(['F21-P-1 2 12:3']);
  });

  it('approximate numbers, changes and per-item figures are never compared', () => {
    for (const variant of ['上年结转约5件', '上年结转5件左右', '上年结转近5件', '上年结转5余件', '上年结转同比增加5件', '上年结转累计5件', '上年结转各5件']) {
      expect(md(edit(CLEAN, '上年结转4件', variant)), variant).toEqual([]);
    }
  });

  it('a breakdown by applicant names the columns of row 一', () => {
    const text = edit(CLEAN, '法人或其他组织10件', '法人或其他组织9件');
    expect(md(text)).toEqual([`F21-P-1 2 ${pos(text, '9件；')}`]);
    const np = edit(CLEAN, '其中自然人40件', '其中自然人41件');
    // 41 is not the 自然人 cell, and 41 + 10 is more than the 50 the sentence started from.
    expect(md(np)).toEqual(['F21-P-1 2 11:32', 'F21-P-2 2 11:23']);
  });

  it('收到申请 including last year’s carry-over may be 一 + 二', () => {
    const text = edit(CLEAN, '全年共受理政府信息公开申请50件，其中自然人40件，法人或其他组织10件；上年结转4件。', '全年共受理政府信息公开申请54件（含上年结转4件）。');
    expect(md(text)).toEqual([]);
    const wrong = edit(CLEAN, '全年共受理政府信息公开申请50件，其中自然人40件，法人或其他组织10件；上年结转4件。', '全年共受理政府信息公开申请55件（含上年结转4件）。');
    expect(md(wrong)).toEqual(['F21-P-1 2 11:23']);
  });
});

describe('F21-P-3 and F21-P-4: outcomes, closed, carried over', () => {
  it('an outcome is the 总计 column summed over its sub-rows', () => {
    const text = edit(CLEAN, '不予公开4件，无法提供11件', '不予公开5件，无法提供10件');
    expect(md(text)).toEqual([`F21-P-3 2 ${pos(text, '5件，无法')}`, `F21-P-3 2 ${pos(text, '10件，不予处理')}`].sort());
  });

  it('an outcome given for natural persons only (another aggregation) is an error, and the list no longer adds up', () => {
    const text = edit(CLEAN, '其中予以公开26件', '其中予以公开20件');
    expect(md(text)).toEqual(['F21-P-2-EQ 1 11:58', 'F21-P-3 2 11:68']);
    const m = lint(text, 'markdown').messages.find((x) => x.ruleId === 'F21-P-3')!;
    expect(m.message).toBe('正文称予以公开 20 件，表中「（一）予以公开[总计]」26，二者不一致');
  });

  it('办结 is （七）总计 and 结转 is row 四', () => {
    expect(md(edit(CLEAN, '结转下年度继续办理4件', '结转下年度继续办理3件'))).toEqual(['F21-P-4 2 11:117']);
    const closed = edit(CLEAN, '全年办结50件', '全年办结49件');
    expect(md(closed)).toEqual(['F21-P-2 2 11:58', 'F21-P-4 2 11:58']);
  });

  it('a part that names its total’s own subject is a subset, not the table’s figure', () => {
    expect(md(edit(CLEAN, '行政处罚决定36件，', '行政处罚决定36件，其中涉及劳动保障监察的行政处罚决定20件，'))).toEqual([]);
    expect(md(edit(CLEAN, '其中自然人40件，法人或其他组织10件', '其中网上受理政府信息公开申请30件'))).toEqual([]);
  });

  it('table 二: decisions and documents issued', () => {
    expect(md(edit(CLEAN, '行政处罚决定36件', '行政处罚决定37件'))).toEqual(['F21-P-3 2 9:45']);
    expect(md(edit(CLEAN, '制发行政规范性文件3件', '制发行政规范性文件两件'))).toEqual(['F21-P-3 2 9:61']);
  });
});

describe('F21-P-2: "共 X，其中 a、b、c"', () => {
  const para = (s: string) => edit(CLEAN, '组织业务培训3次，完善公开属性源头认定机制，对一件事一次办事项清单及时更新。', s);

  it('parts that add up to more than the total: an error at the total, the parts listed', () => {
    const text = para('全年审核拟公开信息300条，其中主动公开200条、依申请公开60条、不予公开50条。');
    expect(md(text)).toEqual(['F21-P-2 2 13:20']);
    const m = lint(text, 'markdown').messages[0];
    expect(m).toMatchObject({ expected: 300, actual: 310 });
    expect(m.related?.map((r) => `${r.line}:${r.column} ${r.value}`)).toEqual([
      `${pos(text, '200条')} 200`,
      `${pos(text, '60条')} 60`,
      `${pos(text, '50条')} 50`,
    ]);
  });

  it('a list ending with 其余 must add up exactly (a warning)', () => {
    expect(md(para('全年审核拟公开信息300条，其中主动公开200条，依申请公开50条，其余40条。'))).toEqual(['F21-P-2-EQ 1 13:20']);
    expect(md(para('全年审核拟公开信息300条，其中主动公开200条，依申请公开50条，其余50条。'))).toEqual([]);
  });

  it('punctuation variants: 其中：a；b；c, ASCII commas, a new sentence opening with 其中', () => {
    // "（三）政府信息管理。全年审核拟公开信息" is 19 characters: the total is at column 20.
    expect(md(para('全年审核拟公开信息300条，其中：主动公开200条；依申请公开60条；不予公开50条。'))).toEqual(['F21-P-2 2 13:20']);
    expect(md(para('全年审核拟公开信息300条, 其中主动公开200条, 依申请公开60条, 不予公开50条。'))).toEqual(['F21-P-2 2 13:20']);
    expect(md(para('全年审核拟公开信息300条。其中主动公开200条，依申请公开60条，不予公开50条。'))).toEqual(['F21-P-2 2 13:20']);
    expect(md(para('全年审核拟公开信息３００条，其中主动公开２００条、依申请公开６０条、不予公开５０条。'))).toEqual(['F21-P-2 2 13:20']);
  });

  it('a list that moves on (另有, ；, another unit) is not summed past that point', () => {
    expect(md(para('全年审核拟公开信息300条，其中主动公开200条，依申请公开60条；另有工作动态50条。'))).toEqual([]);
    expect(md(para('全年审核拟公开信息300条，其中主动公开200条，依申请公开60条；发布工作动态50条。'))).toEqual([]);
    expect(md(para('全年审核拟公开信息300条，其中主动公开200条，依申请公开60条，涉及企业50家。'))).toEqual([]);
    // Channels overlap (one notice on the website and on WeChat): they are not a partition.
    expect(md(edit(CLEAN, '全年主动公开政府信息1200余条', '全年主动公开政府信息1200条，其中通过门户网站公开1000条，通过政务微信公开500条'))).toEqual([]);
    const outcomes = '其中予以公开26件，部分公开4件，不予公开4件，无法提供11件，不予处理3件，其他处理2件';
    expect(md(edit(CLEAN, outcomes, `${outcomes}，涉及社保待遇的20件`))).toEqual([]);
  });

  it('approximate parts or totals are not summed', () => {
    expect(md(para('全年审核拟公开信息300余条，其中主动公开200条、依申请公开60条、不予公开50条。'))).toEqual([]);
    expect(md(para('全年审核拟公开信息300条，其中主动公开约200条、依申请公开60条、不予公开50条。'))).toEqual([]);
  });
});

describe('F21-P-5: shares', () => {
  const para = (s: string) => edit(CLEAN, '组织业务培训3次，完善公开属性源头认定机制，对一件事一次办事项清单及时更新。', s);

  it('a share that matches part ÷ total within its printed precision is fine', () => {
    for (const p of ['66.7%', '67%', '66.67%', '６６.７％']) {
      expect(md(para(`全年审核拟公开信息300条，其中主动公开200条，占${p}。`)), p).toEqual([]);
    }
  });

  it('a wrong share is an error at the percentage; a truncated one a warning', () => {
    expect(md(para('全年审核拟公开信息300条，其中主动公开200条，占70%。'))).toEqual(['F21-P-5 2 13:37']);
    expect(md(para('全年审核拟公开信息300条，其中主动公开200条（占66.6%）。'))).toEqual(['F21-P-5-TRUNC 1 13:37']);
    const m = lint(para('全年审核拟公开信息300条，其中主动公开200条，占70%。'), 'markdown').messages[0];
    expect(m.message).toBe('正文称占 70%，但 200 ÷ 300 = 66.67%');
  });

  it('shares of one breakdown that add up to more than 100 % are an error at the first share', () => {
    const text = edit(CLEAN, '其中自然人40件，法人或其他组织10件', '其中自然人申请占80%，法人或其他组织申请占40%');
    expect(md(text)).toEqual([`F21-P-5 2 ${pos(text, '80%')}`]);
    expect(md(edit(CLEAN, '其中自然人40件，法人或其他组织10件', '其中自然人申请占80%，法人或其他组织申请占20%'))).toEqual([]);
  });

  it('shares given after every outcome: each checked, and together 100 %', () => {
    const shares = '其中予以公开26件，占52%；部分公开4件，占8%；不予公开4件，占8%；无法提供11件，占22%；不予处理3件，占6%；其他处理2件，占4%';
    expect(md(edit(CLEAN, '其中予以公开26件，部分公开4件，不予公开4件，无法提供11件，不予处理3件，其他处理2件', shares))).toEqual([]);
    const wrong = edit(CLEAN, '其中予以公开26件，部分公开4件，不予公开4件，无法提供11件，不予处理3件，其他处理2件', shares.replace('占22%', '占32%'));
    expect(md(wrong)).toEqual([`F21-P-5 2 ${pos(wrong, '32%')}`, `F21-P-5 2 ${pos(wrong, '52%')}`].sort());
  });
});

describe('F21-P-6: reconsiderations and lawsuits', () => {
  it('counts are table 四 totals; 诉讼 is 未经复议 + 复议后; 维持 is the outcome column', () => {
    expect(md(edit(CLEAN, '被申请行政复议3件', '被申请行政复议4件'))).toEqual(['F21-P-6 2 73:16']);
    expect(md(edit(CLEAN, '被提起行政诉讼2件', '被提起行政诉讼3件'))).toEqual(['F21-P-6 2 73:45']);
    expect(md(edit(CLEAN, '其中2件维持原行政行为，1件尚未审结', '其中1件维持原行政行为，2件尚未审结'))).toEqual(['F21-P-6 2 73:21', 'F21-P-6 2 73:31']);
  });

  it('"均获维持" with cases pending is a warning at the statement', () => {
    const text = edit(CLEAN, '其中2件维持原行政行为，1件尚未审结；', '均获维持；');
    expect(md(text)).toEqual([`F21-P-6-UPHELD 1 ${pos(text, '均获维持')}`]);
    const m = lint(text, 'markdown').messages[0];
    expect(m.related?.map((r) => r.key)).toEqual(['t4.rv.pending']);
  });

  it('"均获维持" when the table agrees is fine', () => {
    const text = edit(edit(CLEAN, '其中2件维持原行政行为，1件尚未审结；', '均获维持；'), '| 2 | 0 | 0 | 1 | 3 |', '| 3 | 0 | 0 | 0 | 3 |');
    expect(md(text)).toEqual([]);
  });
});

describe('F21-P-7: "未收到申请", "未发生行政复议、行政诉讼"', () => {
  it('contradicting the table is an error at the statement', () => {
    const text = edit(CLEAN, '2023年，本局被申请行政复议3件，其中2件维持原行政行为，1件尚未审结；被提起行政诉讼2件，其中未经复议直接起诉1件，复议后起诉1件。', '2023年，本局未发生行政复议、行政诉讼。');
    // "2023年，本局" is 8 characters: the statement starts at column 9.
    expect(md(text)).toEqual(['F21-P-7 2 73:9', 'F21-P-7 2 73:9']);
    const none = edit(CLEAN, '全年共受理政府信息公开申请50件，其中自然人40件，法人或其他组织10件；', '本年度未收到政府信息公开申请；');
    expect(md(none)).toEqual([`F21-P-7 2 ${pos(none, '未收到')}`]);
  });

  it('statements about something else are not read as "none"', () => {
    const other = edit(CLEAN, '本年度未收取信息处理费。', '本年度未收取信息处理费，未收到申请人的投诉，未发生因政府信息公开工作引发的责任追究情况，未发生行政复议被纠错的情况。');
    expect(md(other)).toEqual([]);
  });
});

describe('F21-META-*: period, year, parts', () => {
  it('a statistics period ending 12月30日 is a warning at the day', () => {
    const text = edit(CLEAN, '2023年12月31日止', '2023年12月30日止');
    expect(md(text)).toEqual([`F21-META-1 1 ${pos(text, '30日止')}`]);
    const start = edit(CLEAN, '自2023年1月1日起', '自2022年1月1日起');
    expect(md(start)).toEqual([`F21-META-1 1 ${pos(start, '2022年1月1日')}`]);
  });

  it('an overview describing another year is a warning at the year; plans and other sections are not', () => {
    expect(md(edit(CLEAN, '2023年，澄溪县', '2022年，澄溪县'))).toEqual(['F21-META-2 1 7:1']);
    expect(md(edit(CLEAN, '2023年，澄溪县', '2024年，澄溪县将'))).toEqual([]);
    expect(md(edit(CLEAN, '2023年，本局被申请', '2022年，本局被申请'))).toEqual([]);
  });

  it('an announced number of parts that does not match the list is a warning at the number', () => {
    const text = edit(CLEAN, '六部分', '五部分');
    expect(md(text)).toEqual([`F21-META-3 1 ${pos(text, '五部分')}`]);
    const short = edit(CLEAN, '存在的主要问题及改进情况、其他需要报告的事项六部分', '其他需要报告的事项六部分');
    // Five items listed, three of them written with 和/及: they may stand for two parts each.
    expect(md(short)).toEqual([]);
    const plain = edit(CLEAN, '全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分', '全文包括总体情况、主动公开、依申请公开、复议诉讼、存在的问题五部分');
    expect(md(plain)).toEqual([]);
    expect(md(edit(plain, '五部分', '六部分'))).toEqual([`F21-META-3 1 ${pos(plain, '五部分')}`]);
  });
});

describe('paragraphs without a checkable claim', () => {
  it('produce nothing', () => {
    for (const s of [
      '本局高度重视政府信息公开工作，不断完善制度，全面提升公开质量。',
      '根据国办公开办函〔2021〕30号，自2023年1月1日起，在15个工作日内答复，实行一次性告知。',
      '一是公开内容还不够深入；二是公开形式较为单一；三是高效办成一件事。',
      '政府网站和政务微信共发布信息50条，其中工作动态20条。',
    ]) {
      expect(md(edit(CLEAN, '组织业务培训3次，完善公开属性源头认定机制，对一件事一次办事项清单及时更新。', s)), s).toEqual([]);
    }
  });
});
