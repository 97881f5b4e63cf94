import type { Element, ElementContent, RootContent } from 'hast';
import { proseBlock, type Block } from '../document.js';
import type { Folding } from '../folding.js';
import type { SourceText } from '../source-text.js';
import { BLOCK, FURNITURE, HEADING, IGNORED, LAYOUT_CELL_TEXT } from './html-elements.js';
import { rowCells, tableGrid, tableRows } from './html-grid.js';
import { endOffsetOf, startOffsetOf } from './html-position.js';
import { TextCollector } from './html-text.js';
import { trimText } from '../trim.js';

/**
 * Reads a page's tree (whichever parser made it) as blocks: headings, paragraphs and tables in
 * document order (see extractHtml in html.ts). The streaming reader (html-stream.ts) makes the
 * same blocks without a tree for the pages the strict reader reads.
 */
export class Walker {
  private paragraph = new TextCollector();

  /** `blocks`: where the blocks go, in document order. */
  constructor(
    private readonly source: SourceText,
    private readonly folding: Folding,
    readonly blocks: Block[] = [],
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
    addProse(this.blocks, 'paragraph', collected, this.source);
  }

  private heading(el: Element) {
    this.flush();
    const collector = new TextCollector();
    gatherText(el.children, collector, this.source.text);
    addProse(this.blocks, 'heading', collector, this.source);
  }

  table(el: Element, inArticle: boolean) {
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

/** The text gathered in `collector` as a paragraph or heading (if there is any). */
export function addProse(blocks: Block[], type: 'paragraph' | 'heading', collector: TextCollector, source: SourceText): void {
  const mapped = collector.finish();
  if (mapped.text === '') return;
  const span = source.span(mapped.start, mapped.end);
  const verbatim = mapped.verbatim ?? (mapped.end - mapped.start === mapped.text.length && source.text.startsWith(mapped.text, mapped.start));
  blocks.push(proseBlock(type, mapped.text, span, verbatim ? undefined : mapped.offsets()));
}
