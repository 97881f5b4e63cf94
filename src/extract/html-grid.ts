import type { Element, ElementContent, Properties } from 'hast';
import type { Cell } from '../document.js';
import type { Folding } from '../folding.js';
import type { SourceText } from '../source-text.js';
import { isValueToken } from '../value.js';
import { endOffsetOf, startOffsetOf } from './html-position.js';
import { isPlainVerbatimNode, TextCollector, type MappedText } from './html-text.js';
import { NO_PROPERTIES } from './html-strict.js';
import { BLOCK_IN_CELL, NOT_TEXT } from './html-elements.js';

/** No report table is this wide or long; the caps keep `colspan="100000"` from filling memory. */
const MAX_COLSPAN = 200;
const MAX_ROWS = 5000;


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
  const rows: Cell[][] = [];
  const spans: number[] = [];
  const rowStarts: number[] = [];
  for (let r = 0; r < trs.length; r++) {
    const row: Cell[] = [];
    for (const td of cellsOfRows[r]) {
      row.push(htmlCell(td, source, folding));
      spans.push(numberProp(td.properties, 'colSpan'), numberProp(td.properties, 'rowSpan'));
    }
    rows.push(row);
    rowStarts.push(startOffsetOf(trs[r].position) ?? 0);
  }
  return placeCells(rows, spans, rowStarts, source);
}

/**
 * The grid of a table's rows of cells (at most MAX_ROWS of them), as tableGrid describes it:
 * spanned slots blank, short rows padded. `spans`: each cell's colspan and rowspan as written
 * (1 when not), in the order of the cells, row by row (none: every cell spans one); `rowStarts`:
 * where each row's `<tr>` starts.
 */
export function placeCells(allRows: Cell[][], spans: number[] | undefined, rowStarts: number[], source: SourceText): Cell[][] {
  const rowCount = Math.min(allRows.length, MAX_ROWS);
  if (!spans || noneSpans(spans)) return padded(allRows, rowCount, rowStarts, source);
  const grid: Cell[][] = [];
  for (let r = 0; r < rowCount; r++) grid.push([]);
  let k = 0;
  for (let r = 0; r < rowCount; r++) {
    let c = 0;
    for (const cell of allRows[r]) {
      while (grid[r][c]) c++;
      const colspan = clamp(spans[k++], 1, MAX_COLSPAN);
      const rowspanProp = spans[k++];
      // rowspan="0" spans to the end of the table.
      const rowspan = rowspanProp === 0 ? rowCount - r : clamp(rowspanProp, 1, rowCount - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? cell : blankAt(cell);
        }
      }
      c += colspan;
    }
  }
  let width = 0;
  for (const row of grid) width = Math.max(width, row.length);
  // Rows and grid made by push, as every other reader makes them: an array from map() or
  // with holes has another elements kind, and code V8 optimised for one was thrown away when
  // tables of the other came.
  const rows: Cell[][] = [];
  for (let r = 0; r < grid.length; r++) {
    const filled: Cell[] = [];
    for (let c = 0; c < width; c++) filled.push(grid[r][c] ?? blankAt(filled[c - 1] ?? blankCell(rowStarts[r], source)));
    rows.push(filled);
  }
  return rows;
}

/** Whether every cell spans one column and one row (as most do). */
function noneSpans(spans: number[]): boolean {
  for (let k = 0; k < spans.length; k++) if (spans[k] !== 1) return false;
  return true;
}

/**
 * placeCells for cells that span nothing: each row as it is, padded to the widest, the same
 * grid without placing every cell in a grid of its own first (placing took ~4 % of reading a page).
 */
function padded(allRows: Cell[][], rowCount: number, rowStarts: number[], source: SourceText): Cell[][] {
  let width = 0;
  for (let r = 0; r < rowCount; r++) width = Math.max(width, allRows[r].length);
  const rows: Cell[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = allRows[r];
    for (let c = row.length; c < width; c++) row.push(blankAt(row[c - 1] ?? blankCell(rowStarts[r], source)));
    rows.push(row);
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
  if (td.children.length === 0) return blankCell(startOffsetOf(td.position) ?? 0, source);
  // Most cells hold one run of text, their source verbatim (38, 自然人): taken as they are.
  const only = td.children.length === 1 ? td.children[0] : undefined;
  if (only?.type === 'text' && isPlainVerbatimNode(only, source.text)) return verbatimCell(only.value, startOffsetOf(only.position)!, source);
  const collector = new TextCollector();
  collect(td.children, collector, source.text);
  return collectedCell(collector.finish(), () => firstOffset(td) ?? startOffsetOf(td.position) ?? 0, source, folding);
}

/** A cell that is one run of text, the page's own from `start`. */
export function verbatimCell(text: string, start: number, source: SourceText): Cell {
  return { text, span: source.span(start, start + text.length), joined: false };
}

/** A cell with no text, where `at` is (the start of its first text node, else of the cell). */
export function blankCell(at: number, source: SourceText): Cell {
  return { text: '', span: source.span(at, at), joined: false };
}

/** A cell of the text gathered from its content; `blankAt` tells where a cell with none is. */
export function collectedCell(mapped: MappedText, blankAt: () => number, source: SourceText, folding: Folding): Cell {
  if (mapped.text === '') return blankCell(blankAt(), source);
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


export function numberProp(properties: Properties | undefined, name: 'colSpan' | 'rowSpan'): number {
  // A cell without attributes the readers look at (most): no property to look up by name.
  if (properties === NO_PROPERTIES) return 1;
  const v = properties?.[name];
  if (v === undefined) return 1;
  const n = typeof v === 'number' ? v : Number.parseInt(String(v ?? '1'), 10);
  return Number.isFinite(n) ? n : 1;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
