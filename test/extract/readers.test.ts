import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/document.js';
import { fromText, inputKindOf } from '../../src/extract/input-kinds.js';
import { DEFAULT_LIMITS } from '../../src/extract/read-limits.js';
import { loadFolding } from '../../src/folding.js';

function tables(text: string, kind: 'text' | 'markdown' = 'text'): Table[] {
  return fromText(text, kind, loadFolding()).document.blocks.filter((b): b is Table => b.type === 'table');
}

const cells = (t: Table) => t.rows.map((r) => r.map((c) => c.text));
const where = (t: Table, r: number, c: number) => `${t.rows[r][c].span.start.line}:${t.rows[r][c].span.start.column}`;

describe('one cell per line (TAB-led)', () => {
  it('joins a wrapped label and keeps blank cells', () => {
    const text = '标题\n\t指标\n\t单位\n\t数\n\n\t（一）收到申请数\n（注）\n\t件\n\t3\n\n\t二、情况\n\t\u00a0\n\t\n\n\t1.当面\n\t件\n\t2\n\n正文\n';
    const [t] = tables(text);
    expect(t.layout).toBe('cell-per-line');
    expect(cells(t)).toEqual([['指标', '单位', '数'], ['（一）收到申请数（注）', '件', '3'], ['二、情况', '', ''], ['1.当面', '件', '2']]);
    expect(where(t, 1, 2)).toBe('9:2');
    expect(t.rows[1][0].joined).toBe(true);
  });
});

describe('pipe rows', () => {
  it('reads rows with and without outer pipes, padding, empty and collapsed cells', () => {
    const text = 'x\n| 一、收到 | 件 |  3 |\n1.当面 | 件 | 2\n\n|  2.网络|件|1| |\n| 二、情况 | | |\ny\n';
    const [t] = tables(text);
    expect(t.layout).toBe('pipe-rows');
    expect(cells(t)).toEqual([['一、收到', '件', '3'], ['1.当面', '件', '2'], ['2.网络', '件', '1', ''], ['二、情况', '', '']]);
    expect(where(t, 0, 2)).toBe('2:15');
    expect(where(t, 2, 2)).toBe('5:11');
  });

  it('skips a GFM delimiter row in plain text', () => {
    const [t] = tables('| a | b |\n|---|---|\n| c | 1 |\n');
    expect(cells(t)).toEqual([['a', 'b'], ['c', '1']]);
  });
});

describe('space-aligned columns', () => {
  it('reads PDF text with label-only rows and single-spaced trailing numbers', () => {
    const text = '附件\n统计指标    单位    统计数\n一、主动公开情况\n（一）主动公开政府信息数    条    190\n1.政府公报公开政府信息数 条 0\n2.政府网站公开政府信息数    条    53\n这是一段正文。\n';
    const [t] = tables(text);
    expect(t.layout).toBe('space-columns');
    expect(cells(t)).toEqual([
      ['统计指标', '单位', '统计数'],
      ['一、主动公开情况'],
      ['（一）主动公开政府信息数', '条', '190'],
      ['1.政府公报公开政府信息数', '条', '0'],
      ['2.政府网站公开政府信息数', '条', '53'],
    ]);
    expect(where(t, 2, 2)).toBe('4:22');
    expect(where(t, 3, 2)).toBe('5:17');
  });

  it('does not take prose for a table', () => {
    expect(tables('全年共收到申请 3 件，办结 3 件。\n我们  将继续  努力。\n')).toEqual([]);
  });
});

describe('Markdown', () => {
  it('reads a GFM table with exact cell positions and TAB-led text inside the file', () => {
    const md = '# 报告\n\n| 指标 | 单位 | 数 |\n| --- | --- | --- |\n| 收到申请数 | 件 | 12 |\n\n正文。\n';
    const [t] = tables(md, 'markdown');
    expect(t.layout).toBe('pipe-rows');
    expect(cells(t)).toEqual([['指标', '单位', '数'], ['收到申请数', '件', '12']]);
    expect(where(t, 1, 2)).toBe('5:15');
  });

  it('keeps exact positions after astral characters, and reads prose around tables', () => {
    const md = '# 标题\n\n| 𠀀𠀁 | 数 |\n| --- | --- |\n| 𠀀 | 5 |\n\n正文很长很长很长很长很长很长的一段话。\n';
    const [t] = tables(md, 'markdown');
    expect(where(t, 1, 1)).toBe('5:7');
    const blocks = fromText(md, 'markdown', loadFolding()).document.blocks;
    expect(blocks.map((b) => [b.type, b.type === 'table' ? '' : b.text, b.span.start.line, b.span.start.column])).toEqual([
      ['heading', '标题', 1, 3],
      ['table', '', 3, 1],
      ['paragraph', '正文很长很长很长很长很长很长的一段话。', 7, 1],
    ]);
  });

  it('positions after astral characters are the same whether the text is decoded from bytes or given', async () => {
    const text = '收到申请数𠀀 件 12\n办结数 件 12\n正文：收到𠀀申请12件。\n';
    const fromBytes = await inputKindOf('r.txt').read(Buffer.from(text), loadFolding(), DEFAULT_LIMITS);
    if ('failure' in fromBytes) throw new Error(fromBytes.failure);
    const given = fromText(text, 'text', loadFolding());
    for (const offset of [0, 5, 7, 10, 12, 26, 30, text.length - 1]) {
      expect(fromBytes.source.position(offset)).toEqual(given.source.position(offset));
    }
    expect(fromBytes.source.position(30)).toEqual({ line: 3, column: 8, offset: 30 });
  });

  it('reads a setext heading, and the content of fenced code without its fences', () => {
    const md = '某县2022年政府信息公开工作年度报告\n==========\n\n```\n| a | 1 |\n| b | 2 |\n```\n';
    const blocks = fromText(md, 'markdown', loadFolding()).document.blocks;
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'table']);
    expect(blocks[0].type === 'heading' && blocks[0].text).toBe('某县2022年政府信息公开工作年度报告');
  });

  it('keeps setext headings and thematic breaks apart when paragraphs are merged for remark', () => {
    const md = '第一段正文。\n\n第二段标题\n===\n\n第三段正文。\n\n---\n\n第四段正文。\n';
    const blocks = fromText(md, 'markdown', loadFolding()).document.blocks;
    expect(blocks.map((b) => [b.type, b.type === 'table' ? '' : b.text, b.span.start.line])).toEqual([
      ['paragraph', '第一段正文。', 1],
      ['heading', '第二段标题', 3],
      ['paragraph', '第三段正文。', 6],
      ['paragraph', '第四段正文。', 10],
    ]);
  });
});

