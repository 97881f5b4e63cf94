import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { proseBlock, type Block } from '../document.js';
import type { Folding } from '../folding.js';
import { SourceText } from '../source-text.js';
import { decodeHtml } from './html-charset.js';
import { rowCells, tableGrid, tableRows } from './html-grid.js';
import { TextCollector } from './html-text.js';
import { endOffsetOf, startOffsetOf } from './html-position.js';
import { parseHtml } from './html-tree.js';
import { FileFailure } from './file-failure.js';
import { trimText } from '../trim.js';
import type { ReadResult } from './input-kinds.js';

/** An HTML file: decoded by its declared charset (html-charset.ts), then read. */
export function readHtmlBytes(bytes: Uint8Array, folding: Folding): ReadResult {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) {
    return { failure: decoded.reason === 'empty' ? 'file-empty' : decoded.reason === 'binary' ? 'file-binary' : 'file-undecodable' };
  }
  const source = new SourceText(decoded.text, decoded.bmpOnly);
  return { source, document: { blocks: extractHtml(source, folding, decoded.nulFree) }, encoding: decoded.encoding };
}

const fullParser = unified().use(rehypeParse);

/** Page furniture and things that are not text a reader sees. */
const IGNORED = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'iframe', 'object', 'embed',
  'svg', 'math', 'canvas', 'select', 'button', 'input', 'textarea', 'video', 'audio', 'map',
]);
/** Site banners and footers; inside an <article> or <main> they belong to the report. */
const FURNITURE = new Set(['header', 'footer']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that start and end a paragraph; everything else is inline and runs on. */
const BLOCK = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'center', 'blockquote', 'pre', 'address', 'figure',
  'figcaption', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'hr', 'form', 'fieldset', 'legend', 'caption', 'header', 'footer',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
]);

/**
 * HTML as published (Word-exported pages, CMS articles, fragments): headings, paragraphs and
 * tables in document order, every span in the original HTML source. Tables become full grids
 * (html-grid.ts); a table used for page layout (a single cell, a cell holding another table or
 * a page's worth of text) is read as the blocks inside it. Scripts, styles, navigation, site headers and footers are
 * skipped. A `<br>` ends a paragraph, as CMS pages separate paragraphs with it. `nulFree`: the
 * page is known to have no NUL character (the decoder can tell from the bytes).
 */
export function extractHtml(source: SourceText, folding: Folding, nulFree = false): Block[] {
  // The fast parser's tree, unless the page needs HTML5's repairs (src/extract/html-tree.ts).
  return blocksOf(source, folding, (html) => parseHtml(html, nulFree) ?? fullTree(html));
}

/**
 * The blocks parse5's tree gives, which extractHtml falls back to: exported for the property
 * test that holds the two parsers to the same blocks wherever the fast one is used.
 */
export function extractHtmlWithParse5(source: SourceText, folding: Folding): Block[] {
  return blocksOf(source, folding, fullTree);
}

function fullTree(html: string): Root {
  return fullParser.parse(html) as Root;
}

function blocksOf(source: SourceText, folding: Folding, parse: (html: string) => Root): Block[] {
  // Each element counted takes at least two characters (`<` and a letter): a page shorter than
  // twice the limit cannot exceed it, and is not counted.
  if (source.text.length > 2 * MAX_HTML_ELEMENTS && countTags(source.text) > MAX_HTML_ELEMENTS) {
    throw new FileFailure('file-too-complex', { limit: MAX_HTML_ELEMENTS });
  }
  try {
    const tree = parse(source.text);
    const walker = new Walker(source, folding);
    walker.visitAll(tree.children, false);
    walker.flush();
    return walker.blocks;
  } catch (error) {
    // The tree is built without recursion, but walking it recurses once per level, so elements
    // nested a few thousand deep (no real page comes near) overflow the stack.
    if (error instanceof RangeError) throw new FileFailure('file-too-complex', { limit: MAX_HTML_ELEMENTS });
    throw error;
  }
}

/**
 * Most elements a page may have. The parsed tree costs about 700 bytes per element with its
 * text, and reading it as blocks and cells several times that, so 200,000 (a Word-exported
 * report has a few thousand; a statistics table a few hundred) keep a page within a few hundred
 * MB, where a 64 MB page of table cells would need gigabytes.
 */
export const MAX_HTML_ELEMENTS = 200_000;

/** An upper bound of the elements in an HTML text: every `<` that opens a tag. */
function countTags(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

class Walker {
  readonly blocks: Block[] = [];
  private paragraph = new TextCollector();

  constructor(
    private readonly source: SourceText,
    private readonly folding: Folding,
  ) {}

  visitAll(nodes: Array<RootContent | ElementContent>, inArticle: boolean) {
    for (const node of nodes) this.visit(node, inArticle);
  }

  private visit(node: RootContent | ElementContent, inArticle: boolean) {
    if (node.type === 'text') this.paragraph.addText(node, this.source.text);
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (IGNORED.has(tag) || node.properties?.hidden || node.properties?.role === 'navigation') return;
    if (FURNITURE.has(tag) && !inArticle) return;
    if (tag === 'br') return this.flush();
    if (HEADING.has(tag)) return this.heading(node);
    if (tag === 'table') return this.table(node, inArticle);
    const block = BLOCK.has(tag);
    if (block) this.flush();
    this.visitAll(node.children, inArticle || tag === 'article' || tag === 'main');
    if (block) this.flush();
  }

  /** The inline text gathered so far becomes a paragraph (if there is any). */
  flush() {
    // Every block edge flushes, most of them with nothing gathered.
    if (this.paragraph.isUnused) return;
    const collected = this.paragraph;
    this.paragraph = new TextCollector();
    this.addProse('paragraph', collected);
  }

  private heading(el: Element) {
    this.flush();
    const collector = new TextCollector();
    gatherText(el.children, collector, this.source.text);
    this.addProse('heading', collector);
  }

  private addProse(type: 'paragraph' | 'heading', collector: TextCollector) {
    const mapped = collector.finish();
    if (mapped.text === '') return;
    const span = this.source.span(mapped.start, mapped.end);
    const verbatim = mapped.verbatim ?? (mapped.end - mapped.start === mapped.text.length && this.source.text.startsWith(mapped.text, mapped.start));
    this.blocks.push(proseBlock(type, mapped.text, span, verbatim ? undefined : mapped.offsets()));
  }

  private table(el: Element, inArticle: boolean) {
    this.flush();
    // Each row's cells, found once for the layout test and the grid (loops: flatMap took most of the time of this method).
    const trs = tableRows(el);
    const cells: Element[][] = [];
    let count = 0;
    for (const tr of trs) {
      const row = rowCells(tr);
      cells.push(row);
      count += row.length;
    }
    if (count === 0) return;
    if (isLayoutTable(cells, count)) {
      // A layout table: each cell is a region of the page.
      for (const row of cells) {
        for (const cell of row) {
          this.visitAll(cell.children, inArticle);
          this.flush();
        }
      }
      return;
    }
    const grid = tableGrid(trs, cells, this.source, this.folding);
    if (grid.every((row) => row.every((c) => c.text === ''))) return;
    const start = startOffsetOf(el.position) ?? grid[0][0].span.start.offset;
    const end = endOffsetOf(el.position) ?? start;
    this.blocks.push({ type: 'table', layout: 'html', rows: grid, span: this.source.span(start, end) });
  }
}

/** No cell of a statistics table holds this much text (the longest label is about 40 characters); a page column does. */
const LAYOUT_CELL_TEXT = 300;

/**
 * A table used for page layout: a single cell, or a cell holding another table or a page's
 * worth of text. `cells`: each row's, `count` of them in all.
 */
function isLayoutTable(cells: Element[][], count: number): boolean {
  if (count === 1) return true;
  for (const row of cells) {
    for (const cell of row) {
      // Most cells are empty or hold one run of text (38, 自然人): told apart without a walk.
      if (cell.children.length === 0) continue;
      const only = cell.children.length === 1 ? cell.children[0] : undefined;
      if (only?.type === 'text') {
        if (only.value.length > LAYOUT_CELL_TEXT && trimText(only.value).length > LAYOUT_CELL_TEXT) return true;
        continue;
      }
      if (holdsTable(cell) || textLength(cell) > LAYOUT_CELL_TEXT) return true;
    }
  }
  return false;
}

function textLength(el: Element): number {
  let n = 0;
  for (const c of el.children) {
    if (c.type === 'text') n += trimText(c.value).length;
    else if (c.type === 'element') n += textLength(c);
    if (n > LAYOUT_CELL_TEXT) break;
  }
  return n;
}

function holdsTable(el: Element): boolean {
  for (const c of el.children) if (c.type === 'element' && (c.tagName === 'table' || holdsTable(c))) return true;
  return false;
}

/** The text of a heading: inline content, `<br>` as a break. */
function gatherText(nodes: ElementContent[], out: TextCollector, source: string) {
  for (const node of nodes) {
    if (node.type === 'text') out.addText(node, source);
    else if (node.type === 'element' && !IGNORED.has(node.tagName)) {
      if (node.tagName === 'br') out.addBreak(startOffsetOf(node.position) ?? 0);
      else gatherText(node.children, out, source);
    }
  }
}
