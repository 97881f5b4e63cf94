#!/usr/bin/env node
// Deterministic benchmark corpus: N annual reports (~20 KB each), half in the legacy format (one
// 统计表) and half in the 2021 national format (tables 二, 三, 四: bench/report-2021.mjs), in three
// layouts: bench/.corpus/md/*.md (Markdown + GFM pipe tables), bench/.corpus/txt/*.txt (legacy:
// the seed-like one-cell-per-line TAB layout, see examples/legacy/README.md; 2021: pipe rows as
// copied from a web page) and bench/.corpus/html/*.html (a CMS page: paragraphs and bordered
// tables).
//
// Report i depends only on (SEED, i), so a 200-file corpus is the first 200 files of the
// 1000-file one. About 10 % of reports get exactly one table cell changed so that an
// error-severity rule fails; manifest.json lists them so run.mjs can check the linter found them.
//
//   node bench/generate-corpus.mjs [--files 1000] [--out bench/.corpus]

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { facts2021, HEADINGS_2021, INJECTIONS_2021, loadTemplate2021, makeValues2021, tables2021 } from './report-2021.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RULES = path.join(HERE, '..', 'rules', 'legacy.yaml');
export const DEFAULT_OUT = path.join(HERE, '.corpus');
const SEED = 20140601;
const INJECT_RATE = 0.1;
const KINDS = { md: '.md', txt: '.txt', html: '.html' };

// ---------------------------------------------------------------- PRNG (mulberry32)

function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  next.pick = (arr) => arr[Math.floor(next() * arr.length)];
  return next;
}

// ---------------------------------------------------------------- the table template

// Labels and units come from rules/legacy.yaml; only the printed numbering, indentation and the
// official explanatory notes live here, because the rules file deliberately omits them.
const NUMBERING = {
  ap: '一、', 'ap.total': '（一）', 'ap.normative': '其中：', 'ap.normative-issued': '',
  ch: '（二）', 'ch.gazette': '1.', 'ch.website': '2.', 'ch.weibo': '3.', 'ch.wechat': '4.', 'ch.other': '5.',
  rj: '二、', 'rj.hotspots': '（一）', 'rj.channels': '（二）', 'rj.press': '1.', 'rj.press-leaders': '其中：',
  'rj.interviews': '2.', 'rj.interviews-leaders': '其中：', 'rj.explainers': '3.', 'rj.social': '4.', 'rj.other': '5.',
  req: '三、', 'req.received': '（一）', 'req.in-person': '1.', 'req.fax': '2.', 'req.online': '3.', 'req.letter': '4.',
  'req.closed': '（二）', 'req.on-time': '1.', 'req.extended': '2.', 'req.answered': '（三）',
  'req.already-public': '1.', 'req.granted': '2.', 'req.partly': '3.', 'req.refused': '4.',
  'req.refused.state-secret': '其中：', 'req.refused.trade-secret': '', 'req.refused.privacy': '',
  'req.refused.security': '', 'req.refused.not-gov-info': '', 'req.refused.other': '',
  'req.not-this-body': '5.', 'req.not-exist': '6.', 'req.amend': '7.', 'req.other-route': '8.',
  'rv.total': '四、', 'rv.upheld': '（一）', 'rv.corrected': '（二）', 'rv.other': '（三）',
  'lt.total': '五、', 'lt.upheld': '（一）', 'lt.corrected': '（二）', 'lt.other': '（三）',
  complaints: '六、', fees: '七、',
  org: '八、', 'org.offices': '（一）', 'org.reading-points': '（二）', 'org.staff': '（三）',
  'org.full-time': '1.', 'org.part-time': '2.', 'org.budget': '（四）',
  mt: '九、', 'mt.meetings': '（一）', 'mt.courses': '（二）', 'mt.trainees': '（三）',
};
const NOTES = {
  'ap.total': '（不同渠道和方式公开相同信息计1条）',
  'rj.hotspots': '（不同方式回应同一热点或舆情计1次）',
  'org.full-time': '（不包括政府公报及政府网站工作人员数）',
  'org.budget': '（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）',
};
// Depth (in U+3000 pairs) follows the numbering style, as in examples/legacy/clean.txt.
const depthOf = (num) => (/^[一二三四五六七八九]、/.test(num) ? 0 : num.startsWith('（') ? 1 : /^\d\./.test(num) ? 2 : 3);

export function loadTemplate(file = RULES) {
  const text = readFileSync(file, 'utf8');
  const table = parseYaml(text).tables.find((t) => t.id === 'stats');
  const missing = table.items.filter((it) => !(it.id in NUMBERING)).map((it) => it.id);
  // Fail loudly rather than silently drop a row the rules file gained.
  if (missing.length) throw new Error(`bench: no numbering for legacy.yaml items ${missing.join(', ')}`);
  return {
    hash: createHash('sha256').update(text).digest('hex').slice(0, 12),
    header: [table.header[0], table.header[1], table.columns[0].labels[0]],
    rows: table.items.map((it) => ({ ...it, num: NUMBERING[it.id], note: NOTES[it.id] ?? '' })),
  };
}

// ---------------------------------------------------------------- consistent numbers

/** Splits total into n non-negative parts (random weights, exact sum). */
function split(r, total, n) {
  const w = Array.from({ length: n }, () => r() ** 2 + 0.02);
  const sw = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.floor((total * x) / sw));
  parts[r.int(0, n - 1)] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** Values satisfying every L-* rule, errors and warnings alike (cf. examples/legacy/README.md). */
function makeValues(r) {
  const s = r.pick([0.3, 1, 1, 3, 10]); // agency size: 乡镇 … 市级部门
  const v = {};
  const set = (ids, vals) => ids.forEach((id, k) => (v[id] = vals[k]));
  const ch = ['ch.gazette', 'ch.website', 'ch.weibo', 'ch.wechat', 'ch.other'];
  set(ch, split(r, r.int(Math.ceil(60 * s), Math.ceil(900 * s)), 5));
  v['ap.total'] = ch.reduce((a, id) => a + v[id], 0);
  v['ap.normative'] = r.int(0, Math.min(v['ap.total'], Math.ceil(20 * s)));
  v['ap.normative-issued'] = v['ap.normative'] + r.int(0, 5);

  const rjParts = ['rj.press', 'rj.interviews', 'rj.explainers', 'rj.social', 'rj.other'];
  set(rjParts, rjParts.map(() => r.int(0, Math.ceil(12 * s))));
  v['rj.hotspots'] = r.int(0, rjParts.reduce((a, id) => a + v[id], 0));
  v['rj.press-leaders'] = r.int(0, v['rj.press']);
  v['rj.interviews-leaders'] = r.int(0, v['rj.interviews']);

  const received = r.int(0, Math.ceil(60 * s));
  v['req.received'] = received;
  set(['req.in-person', 'req.fax', 'req.online', 'req.letter'], split(r, received, 4));
  v['req.closed'] = v['req.answered'] = received; // L-AP-7: answered = closed
  v['req.extended'] = r.int(0, Math.floor(received / 5));
  v['req.on-time'] = received - v['req.extended'];
  const answers = ['req.already-public', 'req.granted', 'req.partly', 'req.refused',
    'req.not-this-body', 'req.not-exist', 'req.amend', 'req.other-route'];
  set(answers, split(r, received, answers.length));
  const reasons = ['req.refused.state-secret', 'req.refused.trade-secret', 'req.refused.privacy',
    'req.refused.security', 'req.refused.not-gov-info', 'req.refused.other'];
  set(reasons, split(r, v['req.refused'], reasons.length));

  for (const p of ['rv', 'lt']) {
    v[`${p}.total`] = r.int(0, Math.ceil(3 * s));
    set([`${p}.upheld`, `${p}.corrected`, `${p}.other`], split(r, v[`${p}.total`], 3));
  }
  v.complaints = r.int(0, Math.ceil(4 * s));
  v.fees = r() < 0.85 ? 0 : r.int(1, 30) / 100;
  v['org.offices'] = r.int(1, 3);
  v['org.reading-points'] = r.int(1, Math.ceil(4 * s));
  v['org.full-time'] = r.int(0, Math.ceil(3 * s));
  v['org.part-time'] = r.int(1, Math.ceil(8 * s));
  v['org.staff'] = v['org.full-time'] + v['org.part-time'];
  v['org.budget'] = r.int(5, Math.ceil(400 * s)) / 10;
  v['mt.meetings'] = r.int(1, 12);
  v['mt.courses'] = r.int(1, 10);
  v['mt.trainees'] = r.int(10, Math.ceil(400 * s));
  return v;
}

// One edit per entry, each breaking exactly one error-severity rule and no warning-only one.
const INJECTIONS = [
  { rule: 'L-CH-2', apply: (v) => { // lower the biggest channel, so the total exceeds their sum
    const id = ['ch.gazette', 'ch.website', 'ch.weibo', 'ch.wechat', 'ch.other'].reduce((a, b) => (v[b] > v[a] ? b : a));
    v[id] -= 1 + (v[id] % 3); // the biggest of five parts of a total ≥ 18 is ≥ 4, so this stays ≥ 0
  } },
  { rule: 'L-AP-3', apply: (v) => (v['req.online'] += 1) },
  { rule: 'L-AP-4', apply: (v) => (v['req.on-time'] += 2) },
  { rule: 'L-AP-5', apply: (v) => (v['req.granted'] += 1) },
  { rule: 'L-AP-6', apply: (v) => (v['req.refused.privacy'] += 1) },
  { rule: 'L-RJ-1', apply: (v) => (v['rj.press-leaders'] = v['rj.press'] + 1) },
  { rule: 'L-RV-1', apply: (v) => (v['rv.corrected'] += 1) },
  { rule: 'L-LT-1', apply: (v) => (v['lt.other'] += 1) },
  { rule: 'L-ORG-1', apply: (v) => (v['org.part-time'] += 1) },
];

// ---------------------------------------------------------------- prose

const PLACES = ['青禾', '南屏', '东川', '西岭', '白沙', '金城', '临江', '安平', '清河', '石门', '永和', '长乐',
  '桃源', '龙泉', '新丰', '凤阳', '河西', '云台', '松溪', '柳林', '红旗', '平湖', '双桥', '北塘'];
const BODIES = ['镇人民政府', '街道办事处', '乡人民政府', '县人民政府', '区人民政府', '县发展和改革局', '区财政局',
  '县教育局', '市自然资源局', '市卫生健康委员会', '县人力资源和社会保障局', '区住房和城乡建设局'];
const OPENERS = ['全年', '本年度', '报告期内', '一年来', '与此同时', '在此基础上', '按照上级部署', '对照年度工作要点'];
const SUBJECTS = ['我单位', '领导小组', '办公室', '各股室', '各站所', '各村（社区）', '机关各部门', '信息公开工作机构'];
const ACTIONS = ['坚持', '围绕', '深入推进', '进一步加强', '认真落实', '扎实开展', '持续深化', '不断完善', '着力推进', '全面规范'];
const OBJECTS = ['政府信息公开工作', '重点领域信息公开', '政策解读和回应关切', '政务公开标准化规范化建设',
  '依申请公开办理工作', '政府网站信息内容建设', '政务新媒体管理', '主动公开基本目录编制', '公开平台建设',
  '财政预决算和“三公”经费公开', '行政权力运行信息公开', '扶贫领域信息公开', '公共资源配置信息公开',
  '保障性住房信息公开', '食品药品安全信息公开', '环境保护信息公开', '安全生产信息公开', '征地拆迁信息公开'];
const MEANS = ['通过完善工作制度和流程', '以群众需求为导向', '按照“谁制作、谁公开，谁保存、谁公开”的原则',
  '坚持“以公开为常态、不公开为例外”', '结合年度重点工作', '依托政府门户网站和政务新媒体',
  '通过召开专题会议和业务培训', '建立健全信息发布协调机制', '落实保密审查和信息发布审核制度'];
const RESULTS = ['有效保障了人民群众的知情权、参与权、表达权和监督权', '取得了较好成效', '提升了政府工作透明度',
  '推动了各项工作规范化运行', '增强了政府公信力', '得到了群众的普遍认可', '为优化营商环境提供了有力支撑',
  '切实做到了应公开尽公开'];
const SHORTCOMINGS = ['公开内容还不够全面深入', '信息更新的及时性有待提高', '政策解读形式较为单一',
  '工作人员业务能力有待提升', '依申请公开答复的规范性还需加强', '公开平台之间的信息协同不够'];
const HEADINGS = ['一、概述', '二、主动公开政府信息情况', '三、回应解读情况', '四、依申请公开政府信息情况',
  '五、政府信息公开的收费及减免情况', '六、因政府信息公开申请行政复议、提起行政诉讼的情况',
  '七、机构建设和保障经费情况', '八、存在的主要问题及改进措施', '九、其他需要报告的事项'];

function sentence(r) {
  const forms = [
    () => `${r.pick(OPENERS)}，${r.pick(SUBJECTS)}${r.pick(ACTIONS)}${r.pick(OBJECTS)}，${r.pick(MEANS)}，${r.pick(RESULTS)}。`,
    () => `${r.pick(SUBJECTS)}${r.pick(MEANS)}，${r.pick(ACTIONS)}${r.pick(OBJECTS)}和${r.pick(OBJECTS)}。`,
    () => `在${r.pick(OBJECTS)}方面，${r.pick(ACTIONS)}${r.pick(OBJECTS)}，${r.pick(RESULTS)}。`,
    () => `${r.pick(OPENERS)}共组织专项检查${r.int(1, 9)}次，发现并整改问题${r.int(1, 30)}个，${r.pick(RESULTS)}。`,
  ];
  return r.pick(forms)();
}

/** Intro + sections of prose; the figures quoted in the text are the (consistent) table values. */
function prose(r, v, who, year, targetBytes) {
  const facts = [
    sentence(r),
    `全年共主动公开政府信息${v['ap.total']}条，其中主动公开规范性文件${v['ap.normative']}条。`,
    `全年回应公众关注热点或重大舆情${v['rj.hotspots']}次，发布政策解读稿件${v['rj.explainers']}篇。`,
    `全年共收到政府信息公开申请${v['req.received']}件，已全部办结。`,
    `依申请公开信息收取的费用为${v.fees}万元。`,
    `全年因政府信息公开引发行政复议${v['rv.total']}件、行政诉讼${v['lt.total']}件。`,
    `设政府信息公开工作专门机构${v['org.offices']}个，从事政府信息公开工作人员${v['org.staff']}人。`,
    `主要问题是${r.pick(SHORTCOMINGS)}、${r.pick(SHORTCOMINGS)}。`,
    `${year + 1}年，我们将继续认真贯彻《中华人民共和国政府信息公开条例》。`,
  ];
  const intro = `本报告依据《中华人民共和国政府信息公开条例》编制，由${who}负责。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`;
  const sections = HEADINGS.map((h, k) => ({ h, paras: [facts[k]] }));
  // Add random paragraphs until the file is about the target size (CJK is 3 bytes in UTF-8).
  for (let bytes = 3500; bytes < targetBytes; ) { // 3500 ≈ the table and the fixed lines
    const para = Array.from({ length: r.int(3, 7) }, () => sentence(r)).join('');
    r.pick(sections).paras.push(para);
    bytes += Buffer.byteLength(para);
  }
  return { intro, sections };
}

// ---------------------------------------------------------------- the layouts

const fmt = (x) => String(x);

function renderMarkdown(title, doc, tpl, v, who, year) {
  const out = [`# ${title}`, '', doc.intro, ''];
  for (const s of doc.sections) out.push(`## ${s.h}`, '', ...s.paras.flatMap((p) => [p, '']));
  out.push(who, '', `${year + 1}年3月${(year % 20) + 1}日`, '', '## 附件：政府信息公开情况统计表', '', `（${year}年度）`, '');
  out.push(`| ${tpl.header.join(' | ')} |`, '| --- | :---: | ---: |');
  for (const row of tpl.rows) {
    const label = row.num + row.label + row.note;
    out.push(row.group ? `| ${label} | —— | —— |` : `| ${label} | ${row.unit} | ${fmt(v[row.id])} |`);
  }
  return out.join('\n') + '\n';
}

function renderText(title, doc, tpl, v, who, year) {
  const P = '\u3000\u3000';
  const out = [title, P + doc.intro];
  for (const s of doc.sections) out.push(s.h, ...s.paras.map((p) => P + p));
  out.push(P + who, `${P}${year + 1}年3月${(year % 20) + 1}日`, '\u00a0', '附件', '政府信息公开情况统计表', `（${year}年度）`);
  out.push(`\t${[...tpl.header[0]].join('\u3000')}`, `\t${tpl.header[1]}`, `\t${tpl.header[2]}`, '');
  for (const row of tpl.rows) {
    // Notes wrap onto a line of their own without a TAB, as copied from narrow web tables.
    out.push(`\t${P.repeat(depthOf(row.num))}${row.num}${row.label}`);
    if (row.note) out.push(row.note);
    out.push(...(row.group ? ['\t\u00a0', '\t\u00a0'] : [`\t${row.unit}`, `\t${fmt(v[row.id])}`]), '');
  }
  return out.join('\n');
}

const escapeHtml = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** As a government site's CMS publishes it: one page, paragraphs and a bordered table. */
function renderHtml(title, doc, tpl, v, who, year) {
  const p = (t) => `<p style="text-indent:2em">${escapeHtml(t)}</p>`;
  const out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', `<title>${escapeHtml(title)}</title></head>`,
    '<body><div class="header"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>', '<div class="article">',
    `<h1>${escapeHtml(title)}</h1>`, p(doc.intro)];
  for (const s of doc.sections) out.push(`<h2>${escapeHtml(s.h)}</h2>`, ...s.paras.map(p));
  out.push(p(who), p(`${year + 1}年3月${(year % 20) + 1}日`), '<h2>附件：政府信息公开情况统计表</h2>', p(`（${year}年度）`));
  out.push('<table border="1" cellspacing="0">', `<tr>${tpl.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`);
  for (const row of tpl.rows) {
    const label = escapeHtml(row.num + row.label + row.note);
    out.push(row.group ? `<tr><td>${label}</td><td>——</td><td>——</td></tr>` : `<tr><td>${label}</td><td>${escapeHtml(row.unit)}</td><td>${fmt(v[row.id])}</td></tr>`);
  }
  out.push('</table>', '</div>', '<div class="footer">主办单位：' + escapeHtml(who) + '</div></body></html>');
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- corpus

/** One report; deterministic in (SEED, i). Odd-numbered reports are in the 2021 format. */
export function makeReport(i, tpl, tpl2021 = loadTemplate2021()) {
  return i % 2 === 1 ? makeReport2021(i, tpl2021) : makeLegacyReport(i, tpl);
}

function makeLegacyReport(i, tpl) {
  const r = rng(SEED + i * 7919);
  const place = r.pick(PLACES) + r.pick(PLACES);
  const who = place + r.pick(BODIES);
  const year = r.int(2014, 2018);
  const title = `${who}${year}年政府信息公开工作年度报告`;
  const v = makeValues(r);
  const doc = prose(r, v, who, year, r.int(17000, 23000));
  let injected = null;
  if (r() < INJECT_RATE) {
    injected = r.pick(INJECTIONS);
    injected.apply(v);
  }
  return {
    md: renderMarkdown(title, doc, tpl, v, who, year),
    txt: renderText(title, doc, tpl, v, who, year),
    html: renderHtml(title, doc, tpl, v, who, year),
    injected: injected?.rule ?? null,
    format: 'legacy',
  };
}

function makeReport2021(i, tpl) {
  const r = rng(SEED + i * 7919);
  // One name per report: two reports of one body for consecutive years are also checked against
  // each other (the carry-over), which random numbers would fail.
  const who = PLACES[i % PLACES.length] + PLACES[Math.floor(i / PLACES.length) % PLACES.length]
    + BODIES[Math.floor(i / PLACES.length ** 2) % BODIES.length];
  const year = r.int(2021, 2024);
  const title = `${who}${year}年政府信息公开工作年度报告`;
  const v = makeValues2021(r, tpl);
  const f = facts2021(v, who, year);
  // 一 holds the facts; filler goes to 一, 五 and 六 (the tables' sections carry only a note).
  const sections = HEADINGS_2021.map((h) => ({ h, paras: [] }));
  sections[0].paras.push(...f.overview);
  sections[3].paras.push(f.review);
  sections[4].paras.push(`主要问题是${r.pick(SHORTCOMINGS)}、${r.pick(SHORTCOMINGS)}。`);
  sections[5].paras.push(`${year + 1}年，我们将继续认真贯彻《中华人民共和国政府信息公开条例》。`);
  const target = r.int(17000, 23000);
  // Counting from 3500 puts a report, tables included, at about the size of a legacy one.
  for (let bytes = 3500; bytes < target; ) {
    const para = Array.from({ length: r.int(3, 7) }, () => sentence(r)).join('');
    r.pick([sections[0], sections[4], sections[5]]).paras.push(para);
    bytes += Buffer.byteLength(para);
  }
  let injected = null;
  if (r() < INJECT_RATE) {
    injected = r.pick(INJECTIONS_2021);
    injected.apply(v);
  }
  const tables = tables2021(tpl, v);
  const doc = { title, intro: f.intro, sections, tables: [null, tables.t2, tables.t3, tables.t4], who, date: `${year + 1}年1月${(year % 20) + 5}日` };
  return { md: render2021Markdown(doc), txt: render2021Text(doc), html: render2021Html(doc), injected: injected?.rule ?? null, format: '2021' };
}

function render2021Markdown(doc) {
  const out = [`# ${doc.title}`, '', doc.intro, ''];
  doc.sections.forEach((s, k) => {
    out.push(`## ${s.h}`, '');
    const t = doc.tables[k];
    // An empty cell is `| |`: the compact style markdownlint's MD060 asks of every cell.
    const row = (cells) => `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
    if (t) out.push(row(t[0]), `|${' --- |'.repeat(t[0].length)}`, ...t.slice(1).map(row), '');
    for (const p of s.paras) out.push(p, '');
  });
  out.push(doc.who, '', doc.date, '');
  return out.join('\n');
}

function render2021Text(doc) {
  const out = [doc.title, '', doc.intro, ''];
  doc.sections.forEach((s, k) => {
    out.push(s.h, '');
    const t = doc.tables[k];
    if (t) out.push(...t.map((row) => `${row.filter((c) => c !== '').join(' | ')} |`), '');
    for (const p of s.paras) out.push(p, '');
  });
  out.push(doc.who, '', doc.date, '');
  return out.join('\n');
}

function render2021Html(doc) {
  const p = (t) => `<p style="text-indent:2em">${escapeHtml(t)}</p>`;
  const out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', `<title>${escapeHtml(doc.title)}</title></head>`,
    '<body><div class="header"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>', '<div class="article">',
    `<h1>${escapeHtml(doc.title)}</h1>`, p(doc.intro)];
  doc.sections.forEach((s, k) => {
    out.push(`<h2>${escapeHtml(s.h)}</h2>`);
    const t = doc.tables[k];
    if (t) out.push('<table border="1" cellspacing="0">', ...t.map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`), '</table>');
    out.push(...s.paras.map(p));
  });
  out.push(p(doc.who), p(doc.date), '</div>', '<div class="footer">主办单位：' + escapeHtml(doc.who) + '</div></body></html>');
  return out.join('\n') + '\n';
}

export const fileName = (i) => `report-${String(i).padStart(4, '0')}`;

/** Stamp that changes whenever the generator or the rules file changes. */
export function corpusStamp(files, tpl = loadTemplate(), tpl2021 = loadTemplate2021()) {
  const hash = createHash('sha256');
  for (const file of ['generate-corpus.mjs', 'report-2021.mjs']) hash.update(readFileSync(path.join(HERE, file)));
  return `${files}:${hash.digest('hex').slice(0, 12)}:${tpl.hash}:${tpl2021.hash}`;
}

export function readManifest(out = DEFAULT_OUT) {
  try {
    return JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
}

export function generateCorpus({ files = 1000, out = DEFAULT_OUT } = {}) {
  const tpl = loadTemplate();
  const tpl2021 = loadTemplate2021();
  rmSync(out, { recursive: true, force: true });
  for (const kind of Object.keys(KINDS)) mkdirSync(path.join(out, kind), { recursive: true });
  const injected = {};
  const formats = {};
  for (let i = 0; i < files; i++) {
    const rep = makeReport(i, tpl, tpl2021);
    for (const [kind, ext] of Object.entries(KINDS)) writeFileSync(path.join(out, kind, fileName(i) + ext), rep[kind]);
    if (rep.injected) injected[fileName(i)] = rep.injected;
    formats[fileName(i)] = rep.format;
  }
  // What the linter must recognise in each report: its format, tables and values.
  const expected = {
    legacy: { tables: 1, items: tpl.rows.filter((x) => !x.group).length },
    2021: { tables: 3, items: tpl2021.items },
  };
  const manifest = { stamp: corpusStamp(files, tpl, tpl2021), files, expected, formats, injected };
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, dflt) => {
    const k = process.argv.indexOf(`--${name}`);
    return k > 0 ? process.argv[k + 1] : dflt;
  };
  const m = generateCorpus({ files: Number(arg('files', 1000)), out: path.resolve(arg('out', DEFAULT_OUT)) });
  console.log(`wrote ${m.files} reports × ${Object.keys(KINDS).length} layouts, ${Object.keys(m.injected).length} with one planted error`);
}
