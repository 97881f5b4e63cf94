import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { textSpan } from '../../src/block-span.js';
import type { Block, Paragraph, Table } from '../../src/document.js';
import { decodeHtml } from '../../src/extract/html-charset.js';
import { extractHtml, readHtmlBytes } from '../../src/extract/html.js';
import { loadFolding } from '../../src/folding.js';
import { SourceText } from '../../src/source-text.js';

function read(html: string): { source: SourceText; blocks: Block[] } {
  const source = new SourceText(html);
  return { source, blocks: extractHtml(source, loadFolding()) };
}
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.type === 'table');
const texts = (t: Table) => t.rows.map((r) => r.map((c) => c.text));
const at = (t: Table, r: number, c: number) => `${t.rows[r][c].span.start.line}:${t.rows[r][c].span.start.column}`;

describe('HTML tables as full grids', () => {
  it('expands rowspan and colspan, leaving blank cells where a merged cell extends', () => {
    const { blocks } = read(
      '<table>\n<tr><td colspan=2 rowspan=2>note</td><td colspan=3>申请人情况</td></tr>\n<tr><td>a</td><td>b</td><td>c</td></tr>\n' +
        '<tr><td rowspan=3>三、结果</td><td>（一）</td><td>1</td><td>2</td><td>3</td></tr>\n<tr><td>（二）</td><td>4</td><td colspan=2>5</td></tr>\n<tr><td>（三）</td><td>6</td></tr>\n</table>',
    );
    const [t] = tables(blocks);
    expect(t.layout).toBe('html');
    expect(texts(t)).toEqual([
      ['note', '', '申请人情况', '', ''],
      ['', '', 'a', 'b', 'c'],
      ['三、结果', '（一）', '1', '2', '3'],
      ['', '（二）', '4', '5', ''],
      ['', '（三）', '6', '', ''],
    ]);
    expect(at(t, 4, 2)).toBe('6:21');
    // A blank copy sits where the merged cell starts, with no width.
    expect(t.rows[3][0].span.start).toEqual(t.rows[2][0].span.start);
    expect(t.rows[3][0].span.end).toEqual(t.rows[2][0].span.start);
  });

  it('takes rowspan=0 to the end of the table and caps absurd spans', () => {
    const [t] = tables(read('<table><tr><td rowspan=0>x</td><td colspan=99999>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>').blocks);
    expect(t.rows.map((r) => r[0].text)).toEqual(['x', '', '']);
    expect(t.rows.map((r) => r[1].text)).toEqual(['1', '2', '3']);
    expect(t.rows[0]).toHaveLength(201);
  });

  it('reads a cell as its reader sees it: <br>, <p>, &nbsp;, entities and nested spans', () => {
    const html =
      '<table><tr>\r\n<td><p>本年新<br />制作数量</p></td>\r\n<td><p><span>商业</span></p><p><span>企业</span></p></td>\r\n' +
      '<td>3.危及&ldquo;三安全一稳定&rdquo;</td>\r\n<td><p align=center><span lang=EN-US>&nbsp;12&nbsp;</span></p></td>\r\n' +
      '<td><span lang=EN-US>1</span><span lang=EN-US>3</span></td>\r\n<td>&nbsp;</td></tr></table>';
    const [t] = tables(read(html).blocks);
    expect(texts(t)).toEqual([['本年新制作数量', '商业企业', '3.危及“三安全一稳定”', '12', '13', '']]);
    expect(t.rows[0].map((c) => c.joined ?? false)).toEqual([true, true, true, false, false, false]);
    // A value keeps the source slice from its first digit (CRLF line ends counted as in the file).
    expect(at(t, 0, 3)).toBe('5:44');
    expect(at(t, 0, 4)).toBe('6:22');
    expect(t.rows[0][4].span.end.offset - t.rows[0][4].span.start.offset).toBe('1</span><span lang=EN-US>3'.length);
  });

  it('reads a layout table (one holding the real table) as the blocks inside it', () => {
    const html = '<table><tr><td><h1>某县2022年政府信息公开工作年度报告</h1><p>正文</p><table><tr><td>a</td><td>1</td></tr></table></td></tr></table>';
    const { blocks } = read(html);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'table']);
    expect(texts(tables(blocks)[0])).toEqual([['a', '1']]);
  });

  it('reads a page-column layout (a cell holding the article) as paragraphs, not as one huge cell', () => {
    const article = Array.from({ length: 12 }, (_, i) => `<p>第${i + 1}段，全年新收政府信息公开申请38件，均已按期答复，无超期情况。</p>`).join('');
    const { blocks } = read(`<table><tr><td><a href="/">首页</a></td><td>${article}</td></tr></table>`);
    expect(tables(blocks)).toEqual([]);
    expect(blocks.filter((b) => b.type === 'paragraph')).toHaveLength(13);
  });
  it('takes a cell of one run of text for a page column past 300 characters once trimmed, not before', () => {
    const column = '全年新收申请38件，均已按期答复。'.repeat(20);
    expect(column.length).toBeGreaterThan(300);
    const wide = read(`<table><tr><td>首页</td><td>${column}</td></tr></table>`).blocks;
    expect(tables(wide)).toEqual([]);
    expect(wide.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['首页', column]);
    // 300 characters and white space around them: a statistics cell however long its source.
    const cell = '申'.repeat(300);
    const padded = read(`<table><tr><td>说明</td><td>   ${cell}\n\t </td></tr></table>`).blocks;
    expect(texts(tables(padded)[0])).toEqual([['说明', cell]]);
  });
});

describe('HTML prose', () => {
  it('keeps headings and paragraphs and skips scripts, styles, navigation, site header and footer', () => {
    const html =
      '<html><head><title>t</title><style>p{}</style></head><body><header>网站首页</header><nav>导航 2099年度报告</nav>' +
      '<script>var a = "38件";</script><article><header><h1>某县2022年政府信息公开工作年度报告</h1></header>' +
      '<div>第一段<br>第二段</div><p hidden>隐藏</p></article><footer>版权所有</footer></body></html>';
    const { blocks } = read(html);
    expect(blocks.map((b) => [b.type, 'text' in b ? b.text : ''])).toEqual([
      ['heading', '某县2022年政府信息公开工作年度报告'],
      ['paragraph', '第一段'],
      ['paragraph', '第二段'],
    ]);
  });

  it('keeps a space between inline runs, and white space between blocks makes no paragraph', () => {
    const { source, blocks } = read('<body>\n  <p>\n共收到<b>申请</b> <i>12</i>件</p>\n\n<p>Total 12</p>\n</body>');
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['共收到申请 12件', 'Total 12']);
    const first = blocks[0] as Paragraph;
    expect(source.text.slice(first.span.start.offset, first.span.end.offset)).toBe('共收到<b>申请</b> <i>12</i>件');
  });

  it('joins source lines wrapped mid-sentence and maps every character back to the page', () => {
    const html = "<p class=MsoNormal><span style='font-family:仿宋'>全年新收政府信息公开\r\n申请</span><b>38</b>件，&ldquo;办结&rdquo;<span>\r\n39</span>件。</p>";
    const { source, blocks } = read(html);
    const p = blocks[0] as Paragraph;
    expect(p.text).toBe('全年新收政府信息公开申请38件，“办结”39件。');
    expect(p.sourceMap).toBeDefined();
    const n38 = textSpan(p, source, p.text.indexOf('38'), 2);
    expect(source.text.slice(n38.start.offset, n38.end.offset)).toBe('38');
    expect(`${n38.start.line}:${n38.start.column}`).toBe('2:13');
    const n39 = textSpan(p, source, p.text.indexOf('39'), 2);
    expect(`${n39.start.line}:${n39.start.column}`).toBe('3:1');
    const quote = textSpan(p, source, p.text.indexOf('“'), 1);
    expect(source.text.slice(quote.start.offset, quote.end.offset)).toBe('&ldquo;');
  });

  it('leaves prose that is a verbatim slice without a source map', () => {
    const { source, blocks } = read('<p>全年新收申请38件。</p>');
    const p = blocks[0] as Paragraph;
    expect(p.sourceMap).toBeUndefined();
    expect(textSpan(p, source, 6, 2).start.column).toBe(10);
  });
});

describe('HTML as old CMS pages write it', () => {
  it('closes what the page leaves open: <p> before the next <p> or a table, <td> and <tr> without end tags', () => {
    const html = '<title>站点标题</title>\n<p>段落一共收到申请3件\n<p>段落二\n<table>\n<tr><td>一、主动公开情况<td>3\n<tr><td>（一）新收<td>5\n</table>\n<p>结尾';
    const { source, blocks } = read(html);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(blocks.filter((b): b is Paragraph => b.type === 'paragraph').map((b) => b.text)).toEqual(['段落一共收到申请3件', '段落二', '结尾']);
    const [t] = tables(blocks);
    expect(texts(t)).toEqual([['一、主动公开情况', '3'], ['（一）新收', '5']]);
    expect(at(t, 1, 1)).toBe('6:18');
    // The table's span runs from its start tag to its end tag.
    expect(source.text.slice(t.span.start.offset, t.span.end.offset)).toMatch(/^<table>[\s\S]*<\/table>$/);
  });

  it('points at a number whose text is cut by entities, and at the characters after a CRLF', () => {
    const html = '<p>全年共收到申请&nbsp;38件，&ldquo;办结&rdquo;36件</p>\r\n<p>结转2件</p>';
    const { source, blocks } = read(html);
    const [first, second] = blocks as Paragraph[];
    expect(first.text).toBe('全年共收到申请\u00a038件，“办结”36件');
    const at38 = textSpan(first, source, first.text.indexOf('38'), 2);
    expect(source.text.slice(at38.start.offset, at38.end.offset)).toBe('38');
    const at36 = textSpan(first, source, first.text.indexOf('36'), 2);
    expect(source.text.slice(at36.start.offset, at36.end.offset)).toBe('36');
    expect(second.text).toBe('结转2件');
    expect(`${second.span.start.line}:${second.span.start.column}`).toBe('2:4');
  });
});

describe('pages the fast parser cannot build as a browser does', () => {
  const rows = '<tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr>';
  const twoRows = 'T[["甲","1"],["乙","2"]]';
  const show = (blocks: Block[]) => blocks.map((b) => (b.type === 'table' ? `T${JSON.stringify(b.rows.map((r) => r.map((c) => c.text)))}` : `${b.type[0].toUpperCase()}:${b.text}`));
  it.each([
    ['a stray end tag in a cell', '<div class=TRS_Editor><table><tr><td>甲</div></td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table></div>', [twoRows]],
    ['cells left open around paragraphs', '<table><tr><td><p>甲<td><p>1<tr><td><p>乙<td><p>2</table>', [twoRows]],
    ['table sections without end tags', '<table><thead><tr><th>项目<th>数量<tbody><tr><td>甲<td>1<tr><td>乙<td>2</table>', ['T[["项目","数量"],["甲","1"],["乙","2"]]']],
    ['rows inside a <form>', `<table><form action=x>${rows}</form></table>`, [twoRows]],
    ['a table left open, prose and a table after it', `<table>${rows}<p>正文共收到申请12件。</p><table>${rows.replace(/甲/g, '丙')}</table>`, ['P:正文共收到申请12件。', twoRows, 'T[["丙","1"],["乙","2"]]']],
    ['text directly in a table', `<table>说明文字${rows}</table>`, ['P:说明文字', twoRows]],
    ['a caption left open', `<table><caption>表一${rows}</table>`, [twoRows]],
    ['a <head> left open', '<html><head><meta charset=utf-8><title>t</title>\n<div><p>正文共12件</p></div></html>', ['P:正文共12件']],
    ['a bold run across a paragraph end', '<b><p>一</b>二</p>', ['P:一二']],
    ['a NUL character', '<p>共收到\u0000申请12件</p>', ['P:共收到申请12件']],
  ])('%s: read as a browser shows it (parse5 builds the tree)', (_name, html, expected) => {
    const { source, blocks } = read(html);
    expect(show(blocks)).toEqual(expected);
    // Positions still point into the page.
    for (const t of tables(blocks)) expect(source.text.slice(t.rows[0][1].span.start.offset, t.rows[0][1].span.end.offset)).toBe(t.rows[0][1].text);
  });

  it('a well-formed page is read by the fast parser, and the same as the full one reads it', async () => {
    const { parseHtml } = await import('../../src/extract/html-tree.js');
    const page = `<html><head><meta charset=utf-8><title>t</title></head><body><h1>某局2021年报告</h1><p>共收到申请&nbsp;12件。</p><table><tbody>${rows}</tbody></table></body></html>`;
    expect(parseHtml(page)).toBeDefined();
    expect(show(read(page).blocks)).toEqual(['H:某局2021年报告', 'P:共收到申请\u00a012件。', twoRows]);
  });

  it('elements named like Object.prototype members are elements like any other', async () => {
    const { parseHtml } = await import('../../src/extract/html-tree.js');
    const page = `<constructor><p>共收到申请12件。</p><tostring>说明</tostring></constructor><hasownproperty><table>${rows}</table></hasownproperty>`;
    expect(parseHtml(page)).toBeDefined();
    expect(show(read(page).blocks)).toEqual(['P:共收到申请12件。', 'P:说明', twoRows]);
  });
});

describe('HTML charset', () => {
  const page = (meta: string) => `<html><head>${meta}</head><body><p>政府信息公开“年报”</p></body></html>`;

  it('honours <meta charset="gbk"> and http-equiv gb2312', () => {
    expect(decodeHtml(iconv.encode(page('<meta charset="gbk">'), 'gbk'))).toEqual({ ok: true, text: page('<meta charset="gbk">'), encoding: 'gb18030' });
    const equiv = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    expect(decodeHtml(iconv.encode(equiv, 'gbk'))).toMatchObject({ ok: true, text: equiv });
  });

  it('tells the reader a page has no NUL from its bytes, and a NUL past the binary sniff still sends the page to parse5', () => {
    const filler = `<p>${'说明'.repeat(3000)}</p>`;
    const clean = `${filler}<p>共收到申请12件</p>`;
    expect(decodeHtml(Buffer.from(clean))).toMatchObject({ ok: true, encoding: 'utf-8', nulFree: true });
    expect(decodeHtml(iconv.encode(clean, 'gbk'))).toMatchObject({ ok: true, encoding: 'gb18030', nulFree: true });
    // Past the first 8 kB a NUL does not make the file binary; parse5 drops it from the text.
    const withNul = `${filler}<p>共收到\u0000申请12件</p>`;
    expect(iconv.encode(withNul, 'gbk').indexOf(0)).toBeGreaterThan(8192);
    for (const bytes of [Buffer.from(withNul), iconv.encode(withNul, 'gbk')]) {
      expect(decodeHtml(bytes)).toMatchObject({ ok: true, nulFree: false });
      const read = readHtmlBytes(bytes, loadFolding());
      expect('document' in read && read.document.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type)).at(-1)).toBe('共收到申请12件');
    }
  });

  it('falls back to UTF-8 then GB18030 without a declaration, and trusts valid UTF-8 over a stale GBK <meta>', () => {
    expect(decodeHtml(iconv.encode(page(''), 'gbk'))).toMatchObject({ ok: true, text: page(''), encoding: 'gb18030' });
    expect(decodeHtml(Buffer.from(page('<meta charset=gbk>')))).toMatchObject({ ok: true, text: page('<meta charset=gbk>'), encoding: 'utf-8' });
  });

  it('lets a BOM win over the declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('<meta charset="gbk">'), 'utf16le')]);
    expect(decodeHtml(bytes)).toMatchObject({ ok: true, encoding: 'utf-16le' });
  });
});
