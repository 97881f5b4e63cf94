import type { Element, ElementContent } from 'hast';
import type { Cell } from '../document.js';
import type { Folding } from '../folding.js';
import type { SourceText } from '../source-text.js';
import { isValueToken } from '../value.js';
import { endOffsetOf, startOffsetOf } from './html-position.js';
import { isPlainVerbatimNode, TextCollector } from './html-text.js';
import { NO_PROPERTIES } from './html-strict.js';

/** No report table is this wide or long; the caps keep `colspan="100000"` from filling memory. */
const MAX_COLSPAN = 200;
const MAX_ROWS = 5000;

/** Elements whose edges separate words inside a cell, as a browser lays them out on separate lines. */
const BLOCK_IN_CELL = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'center']);
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'table']);

/** The rows of a table element: its own `<tr>`s, directly or in thead/tbody/tfoot, never a nested table's. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of child.children) if (tr.type === 'element' && tr.tagName === 'tr') rows.push(tr);
    }
  }
  return rows;
}

export function rowCells(tr: Element): Element[] {
  const cells: Element[] = [];
  for (const c of tr.children) if (c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')) cells.push(c);
  return cells;
}

/**
 * A table element as a full grid: a cell spanning several rows or columns is placed at its
 * top-left slot and every other slot it covers gets a blank cell (zero-width, at the cell's
 * start). Blank rather than a copy: the binder reads the cells after a row's label as its
 * values in column order, so a repeated number would be counted twice, and a repeated group
 * label (`三、本年度办理结果` spanning 22 rows) would only push the item label aside. Short rows
 * are padded with blank cells, so every row has the same width. `allRows`: the table's rows
 * (tableRows), `cellsOfRows`: each one's cells (rowCells).
 */
export function tableGrid(allRows: Element[], cellsOfRows: Element[][], source: SourceText, folding: Folding): Cell[][] {
  const trs = allRows.length > MAX_ROWS ? allRows.slice(0, MAX_ROWS) : allRows;
  const grid: Cell[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let c = 0;
    for (const td of cellsOfRows[r]) {
      while (grid[r][c]) c++;
      const cell = htmlCell(td, source, folding);
      const colspan = clamp(numberProp(td, 'colSpan'), 1, MAX_COLSPAN);
      const rowspanProp = numberProp(td, 'rowSpan');
      // rowspan="0" spans to the end of the table.
      const rowspan = rowspanProp === 0 ? trs.length - r : clamp(rowspanProp, 1, trs.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? cell : blankAt(cell);
        }
      }
      c += colspan;
    }
  });
  let width = 0;
  for (const row of grid) width = Math.max(width, row.length);
  // Rows and grid made by push, as every other reader makes them: an array from map() or
  // with holes has another elements kind, and code V8 optimised for one was thrown away when
  // tables of the other came.
  const rows: Cell[][] = [];
  for (let r = 0; r < grid.length; r++) {
    const filled: Cell[] = [];
    for (let c = 0; c < width; c++) filled.push(grid[r][c] ?? blankAt(filled[c - 1] ?? rowStart(trs[r], source)));
    rows.push(filled);
  }
  return rows;
}

/**
 * One cell. A cell that reads as a value (a number, a placeholder, blank) keeps a verbatim
 * slice of the source from its first to its last character, as parseValue needs to point at
 * the number; a label is the text a reader sees (entities decoded, `<br>` and `<p>` joined),
 * marked `joined` when that differs from the source slice.
 */
export function htmlCell(td: Element, source: SourceText, folding: Folding): Cell {
  // An empty cell (`<td></td>`, about one in six of the corpus pages): blank where it starts, as
  // below, without gathering its (no) text.
  if (td.children.length === 0) {
    const at = startOffsetOf(td.position) ?? 0;
    return { text: '', span: source.span(at, at), joined: false };
  }
  // Most cells hold one run of text, their source verbatim (38, 自然人): taken as they are.
  const only = td.children.length === 1 ? td.children[0] : undefined;
  if (only?.type === 'text' && isPlainVerbatimNode(only, source.text)) {
    const start = startOffsetOf(only.position)!;
    return { text: only.value, span: source.span(start, start + only.value.length), joined: false };
  }
  const collector = new TextCollector();
  collect(td.children, collector, source.text);
  const mapped = collector.finish();
  if (mapped.text === '') {
    const at = firstOffset(td) ?? startOffsetOf(td.position) ?? 0;
    return { text: '', span: source.span(at, at), joined: false };
  }
  const { start, end } = mapped;
  const span = source.span(start, end);
  if (mapped.verbatim || (end - start === mapped.text.length && source.text.startsWith(mapped.text, start))) return { text: mapped.text, span, joined: false };
  // A number split by tags or written with entities: the text a reader sees, from the first digit.
  if (isValueToken(mapped.text, folding)) return { text: mapped.text, span, joined: false };
  return { text: mapped.text, span, joined: true };
}

function collect(nodes: ElementContent[], out: TextCollector, source: string) {
  for (const node of nodes) {
    if (node.type === 'text') out.addText(node, source);
    else if (node.type === 'element') {
      if (NOT_TEXT.has(node.tagName)) continue;
      const start = startOffsetOf(node.position) ?? 0;
      if (node.tagName === 'br') {
        out.addBreak(start);
        continue;
      }
      const block = BLOCK_IN_CELL.has(node.tagName);
      if (block) out.addBreak(start);
      collect(node.children, out, source);
      if (block) out.addBreak(endOffsetOf(node.position) ?? start);
    }
  }
}

function firstOffset(el: Element): number | undefined {
  for (const child of el.children) {
    if (child.type === 'text' && child.position) return startOffsetOf(child.position);
    if (child.type === 'element') {
      const inner = firstOffset(child);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

function blankAt(cell: Cell): Cell {
  return { text: '', span: { start: cell.span.start, end: cell.span.start }, joined: false };
}

function rowStart(tr: Element, source: SourceText): Cell {
  const at = startOffsetOf(tr.position) ?? 0;
  return { text: '', span: source.span(at, at), joined: false };
}

function numberProp(el: Element, name: 'colSpan' | 'rowSpan'): number {
  // A cell without attributes the readers look at (most): no property to look up by name.
  if (el.properties === NO_PROPERTIES) return 1;
  const v = el.properties?.[name];
  if (v === undefined) return 1;
  const n = typeof v === 'number' ? v : Number.parseInt(String(v ?? '1'), 10);
  return Number.isFinite(n) ? n : 1;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
