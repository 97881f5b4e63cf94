import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document.js';
import { extractHtml, extractHtmlWithParse5 } from '../../src/extract/html.js';
import { parseHtml } from '../../src/extract/html-tree.js';
import { loadFolding } from '../../src/folding.js';
import { SourceText } from '../../src/source-text.js';
import { ROOT } from '../helpers/cli.js';
import { figure, params } from './budget.js';

/**
 * HTML is read with htmlparser2 unless its tree shows a sign of needing HTML5's repairs, then
 * with parse5 (src/extract/html-tree.ts). Wherever the fast parser is used, the blocks must be
 * the ones parse5's tree gives: pages as published, with tags inserted and text cut where a
 * careless edit or a CMS would (stray end tags in cells, sections and rows opened or closed in
 * the wrong place, formatting across paragraphs, head and body tags in the body).
 */
const PAGES = ['examples/html/2021-clean.html', 'examples/html/legacy-clean.html', 'examples/html/2021-broken.html', 'examples/html/legacy-broken.html'].map((f) =>
  readFileSync(path.join(ROOT, f), 'utf8'),
);
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
});
