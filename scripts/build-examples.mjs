#!/usr/bin/env node
/**
 * Generates examples/html/, examples/docx/, examples/xlsx/ and examples/split/ (a .docx
 * narrative with its .xlsx statistics table of the same name) from the Markdown examples
 * (examples/2021/{clean,broken}.md, examples/legacy/{clean,broken}.md), so that every input
 * kind carries exactly the same report content and the same planted errors.
 *
 *   node scripts/build-examples.mjs
 *
 * Tables are laid out as Word and WPS export them: merged header cells (colspan/rowspan,
 * gridSpan/vMerge, merged ranges), the 2021 table 三 with its three label columns (三、本年度办理结果
 * spanning its 22 rows, （三）不予公开 spanning its 8), `&nbsp;` in blank cells, `<br>` inside
 * wrapped header labels, entities for curly quotes, source lines wrapped mid-sentence. The
 * legacy HTML page is GBK-encoded with a `<meta charset=gb2312>`, as 2018 township sites were.
 * Output is deterministic (fixed document dates), so re-running changes nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIXED_DATE = new Date('2023-01-18T00:00:00Z');
const REPORTS = [
  { format: '2021', name: '2021' },
  { format: 'legacy', name: 'legacy' },
];

// ---------------------------------------------------------------- Markdown → blocks

function toText(node) {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return (node.children ?? []).map(toText).join('');
}

function readMarkdown(file) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(file, 'utf8'));
  return tree.children.flatMap((node) => {
    if (node.type === 'heading') return [{ type: 'heading', depth: node.depth, text: toText(node) }];
    if (node.type === 'paragraph') return [{ type: 'paragraph', text: toText(node) }];
    if (node.type === 'table') return [{ type: 'table', rows: node.children.map((row) => row.children.map((c) => toText(c).trim())) }];
    return [];
  });
}

// ---------------------------------------------------------------- table → merged-cell model

const NUMBER = /^-?\d+(\.\d+)?$/;
const UNITS = new Set(['条', '件', '次', '篇', '人', '人次', '个', '万元', '——', '/', '-']);
const isData = (row) => row.some((c) => NUMBER.test(c));

function level(label) {
  if (/^[一二三四五六七八九十]+、/.test(label)) return 0;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(label)) return 1;
  return 2;
}

/**
 * The cells a Word table would have: `{ text, colspan, rowspan }` per row, merged cells once.
 * A table whose rows carry labels in two leading columns (the 2021 table 三) is rebuilt with
 * the official three label columns; other tables get merges where Markdown has blank cells
 * (after a header label: colspan; under a header label whose whole span is blank: rowspan;
 * after a row's last value: colspan).
 */
function tableModel(rows) {
  const firstValue = Math.min(...rows.filter(isData).map((r) => r.findIndex((c) => NUMBER.test(c))));
  const hierarchical = firstValue >= 2 && rows.some((r) => isData(r) && r[1] && !UNITS.has(r[1]) && !NUMBER.test(r[1]));
  return hierarchical ? hierarchicalModel(rows, firstValue) : mergedModel(rows, 0);
}

function mergedModel(rows, from) {
  const out = [];
  let above = null; // the previous header row's regions: [{ cell, start, end }]
  for (const row of rows) {
    const cells = row.slice(from);
    const regions = [];
    const model = [];
    if (isData(row)) {
      let last = cells.length - 1;
      while (last > 0 && cells[last] === '') last--;
      cells.slice(0, last + 1).forEach((text, c) => model.push({ text, colspan: c === last ? cells.length - last : 1, rowspan: 1 }));
      above = null;
    } else {
      const taken = new Set();
      for (const region of above ?? []) {
        const span = cells.slice(region.start, region.end);
        if (span.every((t) => t === '')) {
          region.cell.rowspan++;
          for (let c = region.start; c < region.end; c++) taken.add(c);
          regions.push(region);
        }
      }
      for (let c = 0; c < cells.length; c++) {
        if (taken.has(c)) continue;
        let end = c + 1;
        if (cells[c] !== '') while (end < cells.length && cells[end] === '' && !taken.has(end)) end++;
        const cell = { text: cells[c], colspan: end - c, rowspan: 1, header: true };
        model.push(cell);
        regions.push({ cell, start: c, end });
        c = end - 1;
      }
      above = regions;
    }
    out.push(model);
  }
  return out;
}

/** Table 三: three label columns; group labels span their rows; the value area's header merged as above. */
function hierarchicalModel(rows, firstValue) {
  const headerRows = rows.filter((r) => !isData(r));
  const dataRows = rows.filter(isData);
  const valueHeader = mergedModel(headerRows, firstValue);
  const note = headerRows.flatMap((r) => r.slice(0, firstValue)).find((t) => t !== '');
  const out = valueHeader.map((cells, i) =>
    i === 0 ? [{ text: note, colspan: 3, rowspan: headerRows.length, header: true }, ...cells] : cells,
  );
  let group0 = null;
  let group1 = null;
  for (const row of dataRows) {
    const labels = row.slice(0, firstValue).filter((t) => t !== '');
    const values = row.slice(firstValue).map((text) => ({ text, colspan: 1, rowspan: 1 }));
    const cells = [];
    const item = labels[labels.length - 1];
    const itemLevel = level(item);
    if (labels.length === 2) {
      const group = { text: labels[0], colspan: 1, rowspan: 0 };
      cells.push(group);
      if (level(labels[0]) === 0) [group0, group1] = [group, null];
      else group1 = group;
    }
    if (itemLevel === 0) [group0, group1] = [null, null];
    if (itemLevel === 1 && labels.length === 1) group1 = null;
    if (group0) group0.rowspan++;
    if (group1) group1.rowspan++;
    cells.push({ text: item, colspan: 3 - Math.max(itemLevel, (group0 ? 1 : 0) + (group1 ? 1 : 0)), rowspan: 1 });
    out.push([...cells, ...values]);
  }
  return out;
}

// ---------------------------------------------------------------- HTML (Word "save as web page")

const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;');

/** A wrapped header label (`商业<br>企业`), as narrow columns make Word authors type it. */
function headerHtml(text) {
  const chars = [...text];
  if (chars.length < 4 || chars.length > 6 || !/^[\u4e00-\u9fff]+$/.test(text)) return escape(text);
  const half = Math.ceil(chars.length / 2);
  return `${escape(chars.slice(0, half).join(''))}<br>\r\n  ${escape(chars.slice(half).join(''))}`;
}

/** Word wraps source lines near 76 columns, inside the text, between two CJK characters. */
function wrapHtml(text) {
  const chars = [...escape(text)];
  const lines = [];
  let line = '';
  for (let i = 0; i < chars.length; i++) {
    line += chars[i];
    const cjk = (ch) => ch && /[\u4e00-\u9fff]/.test(ch);
    if ([...line].length >= 60 && cjk(chars[i]) && cjk(chars[i + 1])) {
      lines.push(line);
      line = '';
    }
  }
  lines.push(line);
  return lines.join('\r\n');
}

function cellHtml(cell) {
  const attrs = [cell.colspan > 1 ? ` colspan=${cell.colspan}` : '', cell.rowspan > 1 ? ` rowspan=${cell.rowspan}` : ''].join('');
  const body = cell.text === '' ? '<span lang=EN-US>&nbsp;</span>' : NUMBER.test(cell.text) ? `<span lang=EN-US>${cell.text}</span>` : `<span style='font-family:宋体'>${cell.header ? headerHtml(cell.text) : escape(cell.text)}</span>`;
  return `  <td${attrs} valign=middle style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>\r\n  <p class=MsoNormal align=center style='text-align:center'>${body}</p>\r\n  </td>`;
}

function renderHtml(blocks, charset) {
  const out = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">',
    '<head>',
    `<meta http-equiv=Content-Type content="text/html; charset=${charset}">`,
    '<meta name=Generator content="Microsoft Word 15 (filtered)">',
    `<title>${escape(blocks[0].text)}</title>`,
    '<style>p.MsoNormal{margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线}</style>',
    '<script>var visits = "本年新收政府信息公开申请数量 999";</script>',
    '</head>',
    '<body lang=ZH-CN style="text-justify-trim:punctuation">',
    '<nav><a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; 政府信息公开年报 2099</nav>',
    '<div class=WordSection1>',
  ];
  for (const b of blocks) {
    if (b.type === 'heading' && b.depth === 1) out.push(`<h1 align=center style='text-align:center'><span style='font-family:方正小标宋简体'>${escape(b.text)}</span></h1>`);
    else if (b.type === 'heading') out.push(`<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:黑体'>${escape(b.text)}</span></b></p>`);
    else if (b.type === 'paragraph') out.push(`<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>${wrapHtml(b.text)}</span></p>`);
    else {
      out.push("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>");
      for (const row of tableModel(b.rows)) out.push(' <tr>', ...row.map(cellHtml), ' </tr>');
      out.push('</table>', "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>");
    }
  }
  out.push('</div>', '<footer>主办：云岫县人民政府办公室 网站标识码 0000000000 备案号 2099</footer>', '</body>', '</html>', '');
  return out.join('\r\n');
}

// ---------------------------------------------------------------- .docx

function docxCell(cell) {
  const parts = cell.header && /^[\u4e00-\u9fff]{4,6}$/.test(cell.text) ? [[...cell.text].slice(0, Math.ceil([...cell.text].length / 2)).join(''), [...cell.text].slice(Math.ceil([...cell.text].length / 2)).join('')] : [cell.text];
  const runs = parts.flatMap((t, i) => (i === 0 ? [new TextRun(t)] : [new TextRun({ text: t, break: 1 })]));
  return new TableCell({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: runs })],
    ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
    ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
  });
}

async function renderDocx(blocks) {
  const children = [];
  for (const b of blocks) {
    if (b.type === 'heading') children.push(new Paragraph({ text: b.text, heading: b.depth === 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_2 }));
    else if (b.type === 'paragraph') children.push(new Paragraph({ children: [new TextRun(b.text)] }));
    else {
      const rows = tableModel(b.rows).map((row) => new TableRow({ children: row.map(docxCell) }));
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }), new Paragraph(''));
    }
  }
  const doc = new Document({ creator: 'disclosure-lint examples', description: 'generated by scripts/build-examples.mjs', sections: [{ children }] });
  return normaliseZipDates(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------- .xlsx

const SHEET_NAMES = { 二: '表二 主动公开', 三: '表三 依申请公开', 四: '表四 复议诉讼' };

/** The report's tables only, as the statistics workbook kept beside a Word narrative: one sheet per table. */
async function renderXlsx(blocks) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'disclosure-lint examples';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const title = blocks.find((b) => b.type === 'heading' && b.depth === 1).text;
  let section = '';
  let sheets = 0;
  for (const b of blocks) {
    if (b.type === 'heading') section = b.text;
    if (b.type !== 'table') continue;
    const key = Object.keys(SHEET_NAMES).find((k) => section.startsWith(`${k}、`));
    const ws = wb.addWorksheet(key ? SHEET_NAMES[key] : '统计表');
    // The first sheet names the report (its year), the others their section.
    ws.getCell(1, 1).value = sheets++ === 0 ? `${title}（统计表）` : section;
    if (!key) ws.getCell(2, 1).value = section;
    // A blank row between the titles and the table.
    const top = key ? 3 : 4;
    const taken = new Set();
    tableModel(b.rows).forEach((row, r) => {
      let c = 0;
      for (const cell of row) {
        while (taken.has(`${r}:${c}`)) c++;
        const target = ws.getCell(top + r, c + 1);
        target.value = NUMBER.test(cell.text) ? Number(cell.text) : cell.text === '' ? null : cell.text;
        for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) taken.add(`${r + dr}:${c + dc}`);
        if (cell.rowspan > 1 || cell.colspan > 1) ws.mergeCells(top + r, c + 1, top + r + cell.rowspan - 1, c + cell.colspan);
        c += cell.colspan;
      }
    });
  }
  return normaliseZipDates(Buffer.from(await wb.xlsx.writeBuffer()));
}

/**
 * Zip entries and docProps/core.xml carry the time they were written: re-zip with a fixed one,
 * so that re-running the script leaves the files byte-for-byte unchanged.
 */
function normaliseZipDates(buf) {
  const files = unzipSync(new Uint8Array(buf));
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z')}`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  const entries = Object.fromEntries(Object.keys(files).sort().map((name) => [name, [files[name], { mtime: FIXED_DATE }]]));
  return Buffer.from(zipSync(entries, { level: 6 }));
}

// ---------------------------------------------------------------- main

for (const dir of ['html', 'docx', 'xlsx', 'split']) mkdirSync(path.join(ROOT, 'examples', dir), { recursive: true });
for (const { format, name } of REPORTS) {
  for (const variant of ['clean', 'broken']) {
    const blocks = readMarkdown(path.join(ROOT, 'examples', format, `${variant}.md`));
    const base = `${name}-${variant}`;
    const html = format === 'legacy' ? iconv.encode(renderHtml(blocks, 'gb2312'), 'gbk') : Buffer.from(renderHtml(blocks, 'utf-8'), 'utf8');
    writeFileSync(path.join(ROOT, 'examples/html', `${base}.html`), html);
    writeFileSync(path.join(ROOT, 'examples/docx', `${base}.docx`), await renderDocx(blocks));
    writeFileSync(path.join(ROOT, 'examples/xlsx', `${base}.xlsx`), await renderXlsx(blocks));
    if (format === '2021') {
      // A report kept in two files: the narrative in Word, the tables in a workbook of the same name.
      const narrative = blocks.map((b) => (b.type === 'table' ? { type: 'paragraph', text: '（见统计表）' } : b));
      writeFileSync(path.join(ROOT, 'examples/split', `${base}.docx`), await renderDocx(narrative));
      writeFileSync(path.join(ROOT, 'examples/split', `${base}.xlsx`), await renderXlsx(blocks));
    }
  }
}
console.log('examples/html, examples/docx, examples/xlsx, examples/split written');
