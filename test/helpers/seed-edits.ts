/**
 * Single-number edits of the seed's legacy table, each breaking one invariant of
 * DOMAIN.md §5.1, with the rule that must catch it and the row it must be reported at
 * (the edited number or the total it breaks). Rows are named by a unique part of their label.
 */
export interface SeedEdit {
  row: string;
  value: string;
  ruleId: string;
  severity: 1 | 2;
  at: string;
}

export const SEED_EDITS: SeedEdit[] = [
  { row: '主动公开政府信息数', value: '191', ruleId: 'L-CH-2', severity: 2, at: '主动公开政府信息数' },
  { row: '主动公开规范性文件数', value: '200', ruleId: 'L-AP-1', severity: 2, at: '主动公开规范性文件数' },
  { row: '制发规范性文件总数', value: '20', ruleId: 'L-AP-2', severity: 1, at: '主动公开规范性文件数' },
  { row: '2.政府网站公开政府信息数', value: '52', ruleId: 'L-CH-2', severity: 2, at: '主动公开政府信息数' },
  { row: '4.政务微信公开政府信息数', value: '100', ruleId: 'L-CH-2', severity: 2, at: '主动公开政府信息数' },
  { row: '2.政府网站公开政府信息数', value: '191', ruleId: 'L-CH-1', severity: 2, at: '2.政府网站公开政府信息数' },
  { row: '1.政府公报公开政府信息数', value: '191', ruleId: 'L-CH-1', severity: 2, at: '1.政府公报公开政府信息数' },
  { row: '3.政务微博公开政府信息数', value: '200', ruleId: 'L-CH-1', severity: 2, at: '3.政务微博公开政府信息数' },
  { row: '5.其他方式公开政府信息数', value: '200', ruleId: 'L-CH-1', severity: 2, at: '5.其他方式公开政府信息数' },
  { row: '1.政府公报公开政府信息数', value: '1', ruleId: 'L-CH-3', severity: 1, at: '主动公开政府信息数' },
  { row: '主要负责同志参加新闻发布会次数', value: '1', ruleId: 'L-RJ-1', severity: 2, at: '主要负责同志参加新闻发布会次数' },
  { row: '主要负责同志参加政府网站在线访谈次数', value: '2', ruleId: 'L-RJ-2', severity: 2, at: '主要负责同志参加政府网站在线访谈次数' },
  { row: '回应公众关注热点或重大舆情数', value: '3', ruleId: 'L-RJ-3', severity: 1, at: '回应公众关注热点或重大舆情数' },
  { row: '收到申请数', value: '1', ruleId: 'L-AP-3', severity: 2, at: '收到申请数' },
  { row: '1.当面申请数', value: '1', ruleId: 'L-AP-3', severity: 2, at: '收到申请数' },
  { row: '2.传真申请数', value: '1', ruleId: 'L-AP-3', severity: 2, at: '收到申请数' },
  { row: '3.网络申请数', value: '2', ruleId: 'L-AP-3', severity: 2, at: '收到申请数' },
  { row: '4.信函申请数', value: '1', ruleId: 'L-AP-3', severity: 2, at: '收到申请数' },
  { row: '申请办结数', value: '1', ruleId: 'L-AP-4', severity: 2, at: '申请办结数' },
  { row: '1.按时办结数', value: '1', ruleId: 'L-AP-4', severity: 2, at: '申请办结数' },
  { row: '2.延期办结数', value: '1', ruleId: 'L-AP-4', severity: 2, at: '申请办结数' },
  { row: '申请答复数', value: '1', ruleId: 'L-AP-5', severity: 2, at: '申请答复数' },
  { row: '申请答复数', value: '1', ruleId: 'L-AP-7', severity: 1, at: '申请答复数' },
  { row: '1.属于已主动公开范围数', value: '1', ruleId: 'L-AP-5', severity: 2, at: '申请答复数' },
  { row: '2.同意公开答复数', value: '1', ruleId: 'L-AP-5', severity: 2, at: '申请答复数' },
  { row: '3.同意部分公开答复数', value: '1', ruleId: 'L-AP-5', severity: 2, at: '申请答复数' },
  { row: '4.不同意公开答复数', value: '1', ruleId: 'L-AP-5', severity: 2, at: '申请答复数' },
  { row: '4.不同意公开答复数', value: '1', ruleId: 'L-AP-6-EQ', severity: 1, at: '4.不同意公开答复数' },
  { row: '5.不属于本行政机关公开数', value: '1', ruleId: 'L-AP-5', severity: 2, at: '申请答复数' },
  { row: '6.申请信息不存在数', value: '1', ruleId: 'L-AP-5', severity: 2, at: '申请答复数' },
  { row: '7.告知作出更改补充数', value: '1', ruleId: 'L-AP-5', severity: 2, at: '申请答复数' },
  { row: '8.告知通过其他途径办理数', value: '1', ruleId: 'L-AP-5', severity: 2, at: '申请答复数' },
  { row: '涉及国家秘密', value: '1', ruleId: 'L-AP-6', severity: 2, at: '4.不同意公开答复数' },
  { row: '涉及商业秘密', value: '1', ruleId: 'L-AP-6', severity: 2, at: '4.不同意公开答复数' },
  { row: '涉及个人隐私', value: '1', ruleId: 'L-AP-6', severity: 2, at: '4.不同意公开答复数' },
  { row: '危及国家安全', value: '1', ruleId: 'L-AP-6', severity: 2, at: '4.不同意公开答复数' },
  { row: '不是《条例》所指政府信息', value: '1', ruleId: 'L-AP-6', severity: 2, at: '4.不同意公开答复数' },
  { row: '法律法规规定的其他情形', value: '1', ruleId: 'L-AP-6', severity: 2, at: '4.不同意公开答复数' },
  { row: '四、行政复议数量', value: '1', ruleId: 'L-RV-1', severity: 2, at: '四、行政复议数量' },
  { row: '（一）维持具体行政行为数', value: '1', ruleId: 'L-RV-1', severity: 2, at: '四、行政复议数量' },
  { row: '#1 （二）被依法纠错数', value: '1', ruleId: 'L-RV-1', severity: 2, at: '四、行政复议数量' },
  { row: '#1 （三）其他情形数', value: '1', ruleId: 'L-RV-1', severity: 2, at: '四、行政复议数量' },
  { row: '五、行政诉讼数量', value: '1', ruleId: 'L-LT-1', severity: 2, at: '五、行政诉讼数量' },
  { row: '驳回原告诉讼请求数', value: '1', ruleId: 'L-LT-1', severity: 2, at: '五、行政诉讼数量' },
  { row: '#2 （二）被依法纠错数', value: '1', ruleId: 'L-LT-1', severity: 2, at: '五、行政诉讼数量' },
  { row: '#2 （三）其他情形数', value: '1', ruleId: 'L-LT-1', severity: 2, at: '五、行政诉讼数量' },
  { row: '从事政府信息公开工作人员数', value: '5', ruleId: 'L-ORG-1', severity: 2, at: '从事政府信息公开工作人员数' },
  { row: '1.专职人员数', value: '3', ruleId: 'L-ORG-1', severity: 2, at: '从事政府信息公开工作人员数' },
  { row: '2.兼职人员数', value: '1', ruleId: 'L-ORG-1', severity: 2, at: '从事政府信息公开工作人员数' },
  { row: '接受培训人员数', value: '1.5', ruleId: 'L-U-1', severity: 2, at: '接受培训人员数' },
  { row: '政府信息公开工作专门机构数', value: '-1', ruleId: 'L-U-1', severity: 2, at: '政府信息公开工作专门机构数' },
  { row: '举办各类培训班数', value: '两次', ruleId: 'L-U-1', severity: 2, at: '举办各类培训班数' },
];

/**
 * Finds the row a name refers to: `#2 （二）被依法纠错数` is the second row whose label
 * contains the text (the same label under 行政复议 and 行政诉讼).
 */
export function findRow(labels: string[], name: string): number {
  const m = /^#(\d+) (.*)$/.exec(name);
  const nth = m ? Number(m[1]) : 1;
  const text = m ? m[2] : name;
  let seen = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i].includes(text) && ++seen === nth) return i;
  }
  throw new Error(`no row ${name}`);
}
