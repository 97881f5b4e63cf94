import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Table as DocTable } from '../../src/document.js';
import { parseCsv } from '../../src/extract/csv.js';
import { readDocx } from '../../src/extract/docx.js';
import type { Extracted, ReadResult } from '../../src/extract/input-kinds.js';
import { readXlsx } from '../../src/extract/spreadsheet.js';
import { DEFAULT_LIMITS } from '../../src/extract/zip-limits.js';
import { loadFolding } from '../../src/folding.js';
import { lintBytes } from '../../src/lint-source.js';
import { SourceText } from '../../src/source-text.js';
import { ROOT } from '../helpers/cli.js';

function extracted(r: ReadResult): Extracted {
  if ('failure' in r) throw new Error(r.failure);
  return r;
}
const tables = (e: Extracted) => e.document.blocks.filter((b): b is DocTable => b.type === 'table');
const texts = (t: DocTable) => t.rows.map((r) => r.map((c) => c.text));
const locateCell = (e: Extracted, t: DocTable, r: number, c: number) => e.locate!(t.rows[r][c].span);

describe('.docx', () => {
  const cell = (text: string, o: { columnSpan?: number; rowSpan?: number } = {}) =>
    new TableCell({ children: text.split('|').map((t) => new Paragraph(t)), ...o });

  async function docx() {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '某县2022年政府信息公开工作年度报告', heading: HeadingLevel.TITLE }),
            new Paragraph({ children: [new TextRun('全年新收申请'), new TextRun({ text: '38', bold: true }), new TextRun('件。')] }),
            new Table({
              rows: [
                new TableRow({ children: [cell('三、本年度办理结果', { rowSpan: 2 }), cell('（一）予以公开', { columnSpan: 2 }), cell('12')] }),
                new TableRow({ children: [cell('（二）部分|公开'), cell(''), cell('3')] }),
              ],
            }),
          ],
        },
      ],
    });
    return extracted(await readDocx(await Packer.toBuffer(doc), loadFolding(), DEFAULT_LIMITS));
  }

  it('reads merged cells (gridSpan, vMerge) into a full grid and renders one line per block', async () => {
    const e = await docx();
    const [t] = tables(e);
    expect(t.layout).toBe('docx');
    expect(texts(t)).toEqual([
      ['三、本年度办理结果', '（一）予以公开', '', '12'],
      ['', '（二）部分公开', '', '3'],
    ]);
    expect(e.source.text).toBe('某县2022年政府信息公开工作年度报告\n全年新收申请38件。\n三、本年度办理结果\t（一）予以公开\t\t12\n\t（二）部分公开\t\t3');
  });

  it('locates a cell by table, row and column and a paragraph by its number', async () => {
    const e = await docx();
    const [t] = tables(e);
    expect(`${t.rows[1][3].span.start.line}:${t.rows[1][3].span.start.column}`).toBe('4:11');
    expect(locateCell(e, t, 1, 3)).toEqual({ unit: 'docx', table: 1, row: 2, column: 4, text: '3' });
    const p = e.document.blocks[1];
    const at38 = { start: { line: 2, column: 7, offset: -1 }, end: { line: 2, column: 9, offset: -1 } };
    expect(p.type).toBe('paragraph');
    expect(e.locate!(at38)).toEqual({ unit: 'docx', paragraph: 2, text: '全年新收申请38件。' });
  });
});

describe('.xlsx', () => {
  async function workbook() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('统计表');
    ws.getCell('A1').value = '某县2022年政府信息公开工作年度报告（统计表）';
    ws.getCell('A3').value = '三、本年度办理结果';
    ws.mergeCells('A3:A4');
    ws.getCell('B3').value = { richText: [{ text: '（一）' }, { text: '予以公开' }] };
    ws.getCell('C3').value = 12;
    ws.getCell('D3').value = { formula: 'C3+C4', result: 15 };
    ws.getCell('B4').value = '本年新\n制作数量';
    ws.getCell('C4').value = 0.1 + 0.2;
    ws.getCell('D4').value = { formula: 'C3*2' };
    const other = wb.addWorksheet('Sheet 2');
    other.getCell('B2').value = 'x';
    other.getCell('C2').value = 1;
    return extracted(await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), loadFolding(), DEFAULT_LIMITS));
  }

  it('reads every sheet: merged ranges blank below their first cell, formula results, numbers as Excel shows them', async () => {
    const e = await workbook();
    expect(e.document.blocks[0]).toMatchObject({ type: 'paragraph', text: '某县2022年政府信息公开工作年度报告（统计表）' });
    const [t, t2] = tables(e);
    expect(texts(t)).toEqual([
      ['三、本年度办理结果', '（一）予以公开', '12', '15'],
      ['', '本年新制作数量', '0.3', ''],
    ]);
    expect(texts(t2)).toEqual([['x', '1']]);
    expect(e.source.line(0)).toBe('[统计表]');
  });

  it('locates a cell as sheet!cell', async () => {
    const e = await workbook();
    const [t, t2] = tables(e);
    expect(locateCell(e, t, 0, 3)).toEqual({ unit: 'xlsx', sheet: '统计表', cell: 'D3', ref: '统计表!D3', text: '15' });
    expect(locateCell(e, t2, 0, 1)).toEqual({ unit: 'xlsx', sheet: 'Sheet 2', cell: 'C2', ref: "'Sheet 2'!C2", text: '1' });
  });
});

describe('.csv', () => {
  it('parses RFC 4180 quoting with exact positions', () => {
    const source = new SourceText('a,"b,1",2\r\n"say ""hi""", 3 \r\n"two\nlines",4\n');
    const rows = parseCsv(source);
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([['a', 'b,1', '2'], ['say "hi"', '3'], ['two\nlines', '4']]);
    expect(rows.map((r) => r.map((c) => `${c.span.start.line}:${c.span.start.column}`))).toEqual([['1:1', '1:4', '1:9'], ['2:2', '2:15'], ['3:2', '4:8']]);
    expect(rows[1][0].joined).toBe(true);
  });

  it('takes the separator found most often on the first line', () => {
    expect(parseCsv(new SourceText('a;b;1\nc;d;2\n')).map((r) => r.length)).toEqual([3, 3]);
    expect(parseCsv(new SourceText('a\tb,c\t1\n')).map((r) => r.map((c) => c.text))).toEqual([['a', 'b,c', '1']]);
  });

  /** The legacy example's statistics table as Excel saves CSV on a Chinese system: GBK, CRLF. */
  function legacyCsv(variant: 'clean' | 'broken'): Buffer {
    const md = readFileSync(path.join(ROOT, `examples/legacy/${variant}.md`), 'utf8');
    const rows = md.split('\n').filter((l) => l.startsWith('|') && !l.startsWith('| ---'));
    const csv = rows.map((l) => l.slice(1, -1).split('|').map((c) => c.trim()).map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n');
    return iconv.encode(`政府信息公开情况统计表\r\n（2018年度）\r\n\r\n${csv}\r\n`, 'gbk');
  }

  it('the legacy report as CSV: clean passes, broken has its errors at the total cells', async () => {
    const clean = await lintBytes('统计表.csv', legacyCsv('clean'), { lang: 'zh', rules: {} });
    expect(clean.format).toBe('legacy');
    expect(clean.encoding).toBe('gb18030');
    expect(clean.messages).toEqual([]);
    const broken = await lintBytes('统计表.csv', legacyCsv('broken'), { lang: 'zh', rules: {} });
    expect(broken.messages.map((m) => [`${m.line}:${m.column} ${m.ruleId}`, m.severity, m.location])).toEqual([
      ['6:34 L-CH-2', 2, { unit: 'csv', cell: 'C6', text: '286' }],
      ['19:22 L-RJ-1', 2, { unit: 'csv', cell: 'C19', text: '6' }],
      ['26:12 L-AP-3', 2, { unit: 'csv', cell: 'C26', text: '23' }],
      ['49:12 L-RV-1', 2, { unit: 'csv', cell: 'C49', text: '2' }],
      ['62:20 L-ORG-1', 2, { unit: 'csv', cell: 'C62', text: '5' }],
    ]);
  });
});
