// 2021-format reports for the bench corpus (see generate-corpus.mjs): tables 二, 三 and 四 with
// every label from rules/f2021.yaml, numbers that satisfy every F21 rule, and prose whose figures
// are the tables'. Three layouts: Markdown (GFM tables, as examples/2021/clean.md), text (the
// pipe rows a web page gives when copied, empty cells dropped, as examples/2021/clean.txt) and a
// CMS page (a plain grid table per section).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const RULES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'rules', 'f2021.yaml');

const APPLICANTS = ['np', 'biz', 'sci', 'ngo', 'law', 'other'];
const T4_GROUPS = ['rv', 'ltd', 'lta'];
const T4_RESULTS = ['upheld', 'corrected', 'other', 'pending'];

export function loadTemplate2021(file = RULES) {
  const text = readFileSync(file, 'utf8');
  const tables = Object.fromEntries(parseYaml(text).tables.map((t) => [t.id, t]));
  const label = (id) => tables.t3.items.find((it) => it.id === id).label;
  const t3 = tables.t3.items;
  const leaves = t3.filter((it) => !it.group && !['t3.new', 't3.carried-in', 't3.total', 't3.carried-out'].includes(it.id));
  // Values the binder reads: 5 numbers of table 二, 25 rows of 7 in table 三, 15 in table 四.
  const items = tables.t2.items.reduce((n, it) => n + it.columns.length, 0) + (t3.filter((it) => !it.group).length) * 7 + tables.t4.items.length;
  return {
    hash: createHash('sha256').update(text).digest('hex').slice(0, 12),
    t2: tables.t2,
    t3: t3.map((it) => ({ ...it, parent: t3.filter((g) => g.group && it.id.startsWith(`${g.id}.`)).map((g) => g.label)[0] })),
    leaves: leaves.map((it) => it.id),
    label,
    items,
  };
}

/** Numbers for one report: every F21 identity holds. */
export function makeValues2021(r, tpl) {
  const s = r.pick([0.3, 1, 1, 3, 10]);
  const v = {};
  for (const c of APPLICANTS) {
    const big = c === 'np' ? 30 : c === 'biz' ? 8 : 2;
    v[`t3.new.${c}`] = r() < 0.4 && c !== 'np' ? 0 : r.int(0, Math.ceil(big * s));
    v[`t3.carried-in.${c}`] = r() < 0.7 ? 0 : r.int(0, Math.ceil(big * s / 10));
    const open = v[`t3.new.${c}`] + v[`t3.carried-in.${c}`];
    v[`t3.carried-out.${c}`] = r() < 0.6 ? 0 : r.int(0, Math.min(open, 3));
    const handled = open - v[`t3.carried-out.${c}`];
    // Most applications are granted or cannot be provided; the rest is spread thinly.
    const weights = tpl.leaves.map((id) => (id === 't3.granted' ? 8 : id === 't3.unable.not-held' ? 3 : r() < 0.7 ? 0 : r()));
    const sum = weights.reduce((a, b) => a + b, 0);
    const parts = weights.map((w) => Math.floor((handled * w) / sum));
    parts[0] += handled - parts.reduce((a, b) => a + b, 0);
    tpl.leaves.forEach((id, k) => (v[`${id}.${c}`] = parts[k]));
    v[`t3.total.${c}`] = handled;
  }
  for (const row of ['t3.new', 't3.carried-in', 't3.total', 't3.carried-out', ...tpl.leaves]) {
    v[`${row}.total`] = APPLICANTS.reduce((a, c) => a + v[`${row}.${c}`], 0);
  }
  for (const g of T4_GROUPS) {
    for (const k of T4_RESULTS) v[`t4.${g}.${k}`] = r() < 0.6 ? 0 : r.int(0, Math.ceil(2 * s));
    v[`t4.${g}.total`] = T4_RESULTS.reduce((a, k) => a + v[`t4.${g}.${k}`], 0);
  }
  v['t2.regs.issued'] = v['t2.regs.repealed'] = v['t2.regs.current'] = 0; // only a province or city makes 规章
  v['t2.normative.issued'] = r.int(0, Math.ceil(4 * s));
  v['t2.normative.repealed'] = r.int(0, 2);
  v['t2.normative.current'] = v['t2.normative.issued'] + r.int(0, Math.ceil(20 * s));
  v['t2.license.decisions'] = r.int(0, Math.ceil(800 * s));
  v['t2.penalty.decisions'] = r.int(0, Math.ceil(120 * s));
  v['t2.coercion.decisions'] = r.int(0, Math.ceil(20 * s));
  v['t2.fees.amount'] = 0;
  return v;
}

/** Each edit breaks its rule (and possibly other error rules), never a warning-only one. */
export const INJECTIONS_2021 = [
  { rule: 'F21-T3-COL', apply: (v) => (v['t3.new.total'] += 1) },
  { rule: 'F21-T3-SUM', apply: (v) => { v['t3.granted.np'] += 1; v['t3.granted.total'] += 1; } },
  { rule: 'F21-T4-SUM', apply: (v) => (v['t4.rv.total'] += 1) },
];

/** 一 to 六 with the facts the prose states; filler paragraphs are added by the caller. */
export function facts2021(v, who, year) {
  const t = (row) => v[`${row}.total`];
  const groupSum = (prefix) => Object.keys(v).filter((k) => k.startsWith(`${prefix}.`) && k.endsWith('.total') && k.split('.').length === 4).reduce((a, k) => a + v[k], 0);
  const lawsuits = v['t4.ltd.total'] + v['t4.lta.total'];
  return {
    intro: `本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》的要求，由${who}编制。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    overview: [
      `${year}年，${who}坚持以公开为常态、不公开为例外，把政府信息公开与中心工作同部署、同推进。`,
      `全年公开行政许可决定${v['t2.license.decisions']}件、行政处罚决定${v['t2.penalty.decisions']}件。本年度制发行政规范性文件${v['t2.normative.issued']}件。`,
      `全年新收政府信息公开申请${t('t3.new')}件，上年结转${t('t3.carried-in')}件，办结${t('t3.total')}件，其中予以公开${t('t3.granted')}件，`
        + `部分公开${t('t3.partly')}件，不予公开${groupSum('t3.refused')}件，无法提供${groupSum('t3.unable')}件，不予处理${groupSum('t3.declined')}件，`
        + `其他处理${groupSum('t3.other')}件。年底结转下年度继续办理${t('t3.carried-out')}件。`,
    ],
    review: `全年因政府信息公开工作被申请行政复议${v['t4.rv.total']}件，被提起行政诉讼${lawsuits}件。`,
  };
}

export const HEADINGS_2021 = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** The three tables as rows of cells, in the GFM layout of examples/2021/clean.md. */
export function tables2021(tpl, v) {
  const t2 = [];
  const blocks = [
    ['第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], ['regs', 'normative']],
    ['第二十条第（五）项', ['本年处理决定数量'], ['license']],
    ['第二十条第（六）项', ['本年处理决定数量'], ['penalty', 'coercion']],
    ['第二十条第（八）项', ['本年收费金额（单位：万元）'], ['fees']],
  ];
  for (const [title, heads, ids] of blocks) {
    t2.push([title, '', '', ''], ['信息内容', ...heads, ...Array(3 - heads.length).fill('')]);
    for (const id of ids) {
      const item = tpl.t2.items.find((it) => it.id === `t2.${id}`);
      const values = item.columns.map((c) => String(v[`t2.${id}.${c}`]));
      t2.push([item.label, ...values, ...Array(3 - values.length).fill('')]);
    }
  }
  const t3 = [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '申请人情况', '', '', '', '', '', ''],
    ['', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
  ];
  let lastParent;
  for (const item of tpl.t3) {
    if (item.group) continue;
    const values = [...APPLICANTS, 'total'].map((c) => String(v[`${item.id}.${c}`]));
    const top = ['t3.new', 't3.carried-in', 't3.carried-out'].includes(item.id);
    const first = item.id === 't3.granted' ? tpl.label('t3.results') : item.parent !== lastParent ? item.parent ?? '' : '';
    t3.push(top ? [item.label, '', ...values] : [first, item.label, ...values]);
    lastParent = item.parent;
  }
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const t4 = [
    ['行政复议', '', '', '', '', '行政诉讼', ...Array(9).fill('')],
    [...results, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
    ['', '', '', '', '', ...results, ...results],
    T4_GROUPS.flatMap((g) => [...T4_RESULTS, 'total'].map((k) => String(v[`t4.${g}.${k}`]))),
  ];
  return { t2, t3, t4 };
}
