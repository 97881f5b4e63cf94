import fc from 'fast-check';
import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import type { OffsetPosition } from '../../src/extract/html-position.js';
import { extractHtml, extractHtmlFromTrees } from '../../src/extract/html.js';
import { strictTree } from '../../src/extract/html-strict.js';
import { loadFolding } from '../../src/folding.js';
import { SourceText } from '../../src/source-text.js';
import { figure, params } from './budget.js';
import { PAGES } from './html-pages.js';

/**
 * A page the strict reader reads is read as it is read, into blocks, without a tree
 * (src/extract/html-stream.ts). Its blocks must be exactly the ones the tree walker makes of the
 * strict reader's tree (src/extract/html-walk.ts): text, spans, source maps, joined cells. Pages
 * are the examples with whole constructs put in at random places, the ones the walker treats
 * each in its own way: headings, furniture, hidden and ignored elements, `<br>`, tables of every
 * kind (spans, sections, captions, empty cells, cells with blocks, breaks, entities and scripts,
 * and layout tables: one cell, a table in a cell, a page's worth of text in a cell).
 */
const LONG = '本年度政府信息公开工作取得积极成效。'.repeat(20);
const CONSTRUCTS = [
  '<h2>二、主动公开</h2>', '<h3>标题<br>续<script>x</script><b>粗</b></h3>', '<h1><table><tr><td>表中</td></tr></table></h1>',
  '<header>页头</header>', '<footer>页脚</footer>', '<article><header>文首</header><p>正文12件</p><footer>文末</footer></article>',
  '<main><footer>主体页脚</footer></main>', '<nav>导航</nav>', '<div hidden>隐藏</div>', '<div role="navigation">链接</div>',
  '<p>段落<br>第二行</p>', '<br>', '<hr>', '<div>块<span>行内</span>文字</div>', '<center>居中</center>', '&nbsp;', '&ldquo;引&rdquo;',
  '<p>收到申请&nbsp;38件</p>', '\n', '\r\n', '<!-- 注释 -->', '<script>var a = 1;</script>',
  '<table><tr><td>1</td><td>2</td></tr><tr><td colspan="2">合并</td></tr></table>',
  '<table><tbody><tr><td rowspan="2">跨行</td><td>3</td></tr><tr><td>4</td></tr></tbody></table>',
  '<table><caption>表题</caption><thead><tr><th>项目</th><th>数量</th></tr></thead><tbody><tr><td>自然人</td><td>&nbsp;12</td></tr></tbody></table>',
  '<table><tr><td></td><td> </td></tr><tr><td><p>一</p><p>二</p></td><td>1<br>2</td></tr></table>',
  '<table><tr><td><b>3</b>8</td><td><script>s</script>5</td><td>甲<span>乙</span></td></tr><tr></tr></table>',
  '<table><tr><td rowspan="0">全</td><td colspan="0">零</td></tr><tr><td>末</td></tr></table>',
  '<table><tr><td>单格布局</td></tr></table>', '<table><tr><td><p>布局</p><div>一列</div></td></tr></table>',
  '<table><tr><td>外</td><td><table><tr><td>内1</td><td>内2</td></tr></table></td></tr></table>',
  `<table><tr><td>左</td><td><p>${LONG}</p><h2>三、</h2></td></tr><tr><td>5</td><td>6</td></tr></table>`,
  '<table><tr><td><table><tr><td>1</td></tr></table></td><td>x</td></tr></table>', '<table></table>', '<table><tr></tr></table>',
  '<table><tr><td></td><td></td></tr></table>', '<ul><li>条一</li><li>条二</li></ul>', '<o:p></o:p>', '<a hidden>隐</a>',
];

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), construct: fc.constantFrom(...CONSTRUCTS) });

/** Puts each construct after a tag, at a place given as a fraction of the page. */
function withConstructs(page: string, edits: Array<{ at: number; construct: string }>): string {
  let html = page;
  for (const { at, construct } of edits) {
    const tagEnd = html.lastIndexOf('>', Math.floor(at * html.length)) + 1;
    html = html.slice(0, tagEnd) + construct + html.slice(tagEnd);
  }
  return html;
}

describe('the streaming HTML reader', () => {
  it('gives exactly the tree walker\'s blocks wherever the strict reader reads a page', () => {
    const folding = loadFolding();
    let streamed = 0;
    let tried = 0;
    fc.assert(
      fc.property(fc.nat(PAGES.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), (page, edits) => {
        const html = withConstructs(PAGES[page], edits);
        tried++;
        if (!strictTree(html)) return;
        streamed++;
        expect(extractHtml(new SourceText(html), folding)).toStrictEqual(extractHtmlFromTrees(new SourceText(html), folding));
      }),
      params(300),
    );
    figure('html stream', { tried, streamed });
    // Constructs put after a tag in a row or a table break the table model there: most pages still read.
    expect(streamed).toBeGreaterThan(tried / 2);
  });

  it('reads every construct alone on a page as the tree walker does', () => {
    const folding = loadFolding();
    for (const construct of CONSTRUCTS) {
      const html = `<html><body><p>前文</p>${construct}<p>后文</p></body></html>`;
      expect(strictTree(html), construct).toBeDefined();
      expect(extractHtml(new SourceText(html), folding), construct).toStrictEqual(extractHtmlFromTrees(new SourceText(html), folding));
    }
  });

  it('reads a table again alone, from its start to its end, as the tree of the whole page has it', () => {
    const html = PAGES[0];
    const whole = strictTree(html)!.root;
    const tables: Element[] = [];
    const find = (nodes: ElementContent[] | Root['children']) => {
      for (const n of nodes) if (n.type === 'element') (n.tagName === 'table' ? tables.push(n) : find(n.children));
    };
    find(whole.children);
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) {
      const { startOffset, endOffset } = table.position as OffsetPosition;
      expect(strictTree(html, startOffset, endOffset)!.root.children).toStrictEqual([table]);
    }
  });

  it('leaves a page nested deeper than the tree walker goes to the other readers, which say it is too complex', () => {
    const folding = loadFolding();
    const nested = (depth: number) => `<p>前文</p>${'<div>'.repeat(depth)}文字${'</div>'.repeat(depth)}`;
    expect(strictTree(nested(1000))).toBeDefined();
    expect(strictTree(nested(1001))).toBeUndefined();
    // Read all the same where the walk does not overflow, and as the trees read it.
    expect(extractHtml(new SourceText(nested(1001)), folding).map((b) => (b.type === 'table' ? '' : b.text))).toEqual(['前文', '文字']);
    expect(() => extractHtml(new SourceText(nested(100_000)), folding)).toThrow(expect.objectContaining({ failure: 'file-too-complex' }));
  });
});
