import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document.js';
import { extractHtml, extractHtmlWithParse5 } from '../../src/extract/html.js';
import { strictTree } from '../../src/extract/html-strict.js';
import { htmlparser2Tree, parseHtml } from '../../src/extract/html-tree.js';
import { loadFolding } from '../../src/folding.js';
import { SourceText } from '../../src/source-text.js';
import { figure, params } from './budget.js';
import { PAGES } from './html-pages.js';

/**
 * HTML is read with htmlparser2 unless its tree shows a sign of needing HTML5's repairs, then
 * with parse5 (src/extract/html-tree.ts). Wherever the fast parser is used, the blocks must be
 * the ones parse5's tree gives: pages as published, with tags inserted and text cut where a
 * careless edit or a CMS would (stray end tags in cells, sections and rows opened or closed in
 * the wrong place, formatting across paragraphs, head and body tags in the body).
 */
const TOKENS = [
  '<td>', '</td>', '<th>', '</th>', '<tr>', '</tr>', '<table>', '</table>', '<tbody>', '</tbody>', '<thead>', '</thead>',
  '<caption>', '</caption>', '<colgroup>', '<col>', '<p>', '</p>', '<div>', '</div>', '<span>', '</span>', '<b>', '</b>',
  '<font>', '</font>', '<a href=x>', '</a>', '<i>', '</i>', '<li>', '<ul>', '</ul>', '<h2>', '</h2>', '<center>', '</center>',
  '<form>', '</form>', '<body>', '</body>', '<head>', '</head>', '<title>', '</title>', '<select>', '<option>', '</select>',
  '<pre>', '</pre>', '<br>', '&nbsp;', '&amp;', '\n', '\r\n',
];

/** Inserts a token before a tag, or cuts the text before the next tag, at a place given as a fraction of the page. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), token: fc.constantFrom(...TOKENS, null) });

function applyEdits(page: string, edits: Array<{ at: number; token: string | null }>): string {
  let html = page;
  for (const { at, token } of edits) {
    const tagEnd = html.lastIndexOf('>', Math.floor(at * html.length)) + 1;
    const next = html.indexOf('<', tagEnd);
    html = token === null ? html.slice(0, tagEnd) + html.slice(next >= 0 ? next : tagEnd) : html.slice(0, tagEnd) + token + html.slice(tagEnd);
  }
  return html;
}

const show = (blocks: Block[]) => blocks.map((b) => (b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text).join('|')).join('/') : `${b.type}:${b.text}`));

/**
 * Every position the fast parser gives points at its text: a cell that is its source verbatim,
 * a paragraph without a source map. (Positions are not compared with parse5's: where parse5
 * merges text across a tag, `</body>\n&amp;`, its position is the one that is off.)
 */
function expectPointing(blocks: Block[], html: string) {
  for (const b of blocks) {
    if (b.type === 'table') {
      for (const c of b.rows.flat()) if (!c.joined) expect(html.slice(c.span.start.offset, c.span.end.offset).trim()).toBe(c.text);
    } else if (!b.sourceMap) expect(html.slice(b.span.start.offset, b.span.end.offset)).toBe(b.text);
  }
}

describe('the two HTML parsers', () => {
  it('give the same blocks wherever the fast one is used, and its positions point at their text', () => {
    const folding = loadFolding();
    let fast = 0;
    let tried = 0;
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (page, edits) => {
        const html = applyEdits(PAGES[page], edits);
        tried++;
        if (!parseHtml(html)) return;
        fast++;
        const source = new SourceText(html);
        const blocks = extractHtml(source, folding);
        expect(show(blocks)).toEqual(show(extractHtmlWithParse5(source, folding)));
        expectPointing(blocks, html);
      }),
      params(300),
    );
    figure('html parsers', { tried, fast });
    // The property means something only if the fast parser takes a good share of the edited pages.
    expect(fast).toBeGreaterThan(tried / 5);
  });

  /**
   * Whole constructs (balanced, as a careful CMS writes them) and broken ones (an end tag left
   * out, a stray `<`, an unusual reference or attribute): the strict reader must give exactly
   * htmlparser2's tree where it reads a page, and leave the others to it.
   */
  const STRICT_TOKENS = [
    '<b>加粗</b>', '<span class="x" style=\'color:red\'>红</span>', '<SPAN CLASS=y>大写</SPAN>', '&nbsp;', '&ldquo;引&rdquo;', '&#12288;',
    '&#x4E00;', '&#128512;', '<!-- 注释 -->', '<!DOCTYPE html>', '<br/>', '<BR>', '<img src=a/b.png/>', '<hr>', '<p>段</p>',
    '<td colspan="2" rowspan=3>格</td>', '<o:p></o:p>', '<st1:chsdate Year="2021">日期</st1:chsdate>', '<script>if (a<b) x();</script>',
    '<style>p{}</style>', '<title>题</title>', '<a hidden>隐</a>', '<h1>一、</h1>',
    // Broken or outside the subset:
    '<p>', '</div>', '<td>', '</TD>', 'a < b', '&copy2024', '&amp', '&#0;', '<svg></svg>', '<a href=x&amp;y>链</a>', '<a><a>x</a></a>',
    '<p/>', '</br>', '<!-->', '<![CDATA[x]]>', '<?php ?>', '<td >', '</td >', '<div a="1"b="2">z</div>', '<title>&amp;</title>', '<script>',
  ];

  it('the strict reader gives exactly htmlparser2\'s tree wherever it reads a page', () => {
    let strict = 0;
    let tried = 0;
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), token: fc.constantFrom(...STRICT_TOKENS) }), { minLength: 1, maxLength: 3 }), (page, edits) => {
        const html = applyEdits(PAGES[page], edits);
        tried++;
        const read = strictTree(html);
        if (!read) return;
        strict++;
        expect(read.root).toStrictEqual(htmlparser2Tree(html));
        // It reads only pages that hold to the table model, so parseHtml keeps its tree, unless
        // markup written as text may hide a stray section end (or a NUL sends the page to parse5).
        const parsed = parseHtml(html);
        if (parsed !== undefined || (!read.markupInText && !html.includes('\u0000'))) expect(parsed).toStrictEqual(read.root);
      }),
      params(400),
    );
    figure('strict html reader', { tried, strict });
    expect(strict).toBeGreaterThan(tried / 4);
    expect(strict).toBeLessThan(tried);
    // Every example page is read by it.
    for (const page of PAGES) expect(strictTree(page)?.root).toStrictEqual(htmlparser2Tree(page));
  });

  it('the strict reader leaves to the other readers a page that breaks the table model', () => {
    const page = (body: string) => `<html><body>${body}</body></html>`;
    // A block in a row, text in a row, a cell outside a row, a row at the top: parse5 reads them.
    for (const body of ['<table><tr><div>1</div></tr></table>', '<table><tr>一<td>1</td></tr></table>', '<div><td>1</td></div>', '<tr><td>1</td></tr>']) {
      expect(strictTree(page(body))).toBeUndefined();
      expect(parseHtml(page(body))).toBeUndefined();
    }
    // White space between rows is allowed; an entity there is left to htmlparser2, which agrees.
    const spaced = page('<table>\n <tr><td>1</td></tr>\n</table>');
    expect(strictTree(spaced)?.root).toStrictEqual(htmlparser2Tree(spaced));
    const entity = page('<table>&nbsp;<tr><td>1</td></tr></table>');
    expect(strictTree(entity)).toBeUndefined();
    expect(parseHtml(entity)).toStrictEqual(htmlparser2Tree(entity));
  });

  it('a section end tag hidden where markup is text still sends the page to parse5', () => {
    const page = (body: string) => `<html><body><table><tbody><tr><td>1</td></tr></tbody></table>${body}</body></html>`;
    for (const body of ['<!-- </tbody> -->', '<script>s = "</tbody>"</script>', '<p title="</tfoot>">x</p>']) {
      expect(strictTree(page(body))?.markupInText).toBe(true);
      expect(parseHtml(page(body))).toBeUndefined();
    }
    // Markup in a comment that is no section end: the strict tree stands.
    const other = page('<!-- <b>x</b> -->');
    expect(strictTree(other)?.markupInText).toBe(true);
    expect(parseHtml(other)).toStrictEqual(strictTree(other)?.root);
    expect(strictTree(page(''))?.markupInText).toBe(false);
  });

  it('the strict reader reads a start tag with the attributes of the one before it as htmlparser2 does', () => {
    const page = (body: string) => `<html><body>${body}</body></html>`;
    // The same attributes again, the same and more, a prefix of them, the same in another case, a span of other cells.
    const body =
      '<p style="text-indent:2em">一</p><p style="text-indent:2em">二</p><p style="text-indent:2em" hidden>三</p><p style="text-indent:2em">四</p>' +
      '<p style="text-indent:2">五</p><P STYLE="text-indent:2em">六</P><table><tr><td colspan="2" role=x>1</td><td colspan="2" role=x>2</td><td colspan="3">3</td></tr></table>' +
      '<p title="a>b">七</p><p title="a>b">八</p>';
    const read = strictTree(page(body));
    expect(read?.root).toStrictEqual(htmlparser2Tree(page(body)));
    expect(read?.markupInText).toBe(false);
  });

  it('the strict reader reads a tag named as the last start tag or the open element as htmlparser2 does', () => {
    const page = (body: string) => `<html><body>${body}</body></html>`;
    // Names that start alike, the same name in another case, an end tag with a space: read alike, or left to htmlparser2.
    const body = '<b>一</b><br><b>二</b><bdi>三</bdi><B>四</B><b>五</B><p>六</p><P>七</P><table><tr><td>1</td><td>2</td><TD>3</TD><th>4</th></tr></table>';
    expect(strictTree(page(body))?.root).toStrictEqual(htmlparser2Tree(page(body)));
    expect(strictTree(page('<p>一</p ><p>二</p>'))).toBeUndefined();
    expect(strictTree(page('<b>一</bdi></b>'))).toBeUndefined();
  });

  it('the strict reader leaves to htmlparser2 what it would have to repair or decode otherwise', () => {
    const page = (body: string) => `<html><body>${body}</body></html>`;
    expect(strictTree(page('<p>一<p>二'))).toBeUndefined();
    expect(strictTree(page('<table><tr><td>1<td>2</tr></table>'))).toBeUndefined();
    expect(strictTree(page('a < b'))).toBeUndefined();
    expect(strictTree(page('&copy2024'))).toBeUndefined();
    expect(strictTree(page('<svg><path/></svg>'))).toBeUndefined();
    expect(strictTree(page('<div>'))).toBeUndefined();
    const read = strictTree(page('<p class=a>收到&nbsp;<b>38</b>件<br>&ldquo;好&rdquo;<!-- x --></p>'))?.root;
    expect(read).toStrictEqual(htmlparser2Tree(page('<p class=a>收到&nbsp;<b>38</b>件<br>&ldquo;好&rdquo;<!-- x --></p>')));
  });
});
