import ExcelJS from 'exceljs';
import { decode } from '../decode.js';
import type { Block, Cell } from '../document.js';
import type { Folding } from '../folding.js';
import { SourceText, type Span } from '../source-text.js';
import { parseCsv } from './csv.js';
import { gridBlocks } from './grid-blocks.js';
import { readHtmlBytes } from './html.js';
import type { ReadResult } from './input-kinds.js';
import { gateOffice } from './office-gate.js';
import { cellAt, renderLines } from './synthetic-text.js';
import type { ReadLimits } from './zip-limits.js';

/** No report sheet is this large; formatting applied to whole columns must not make us read a million rows. */
const MAX_ROWS = 10_000;
const MAX_COLUMNS = 200;

/**
 * Excel .xlsx, read with exceljs: every worksheet as a grid of its used range (a merged
 * range's value at its top-left cell, the other cells blank), split into paragraphs and
 * tables at blank rows (grid-blocks.ts). Positions count in a rendering of the workbook as
 * text, a line `[sheet name]` then one line per sheet row, cells separated by a TAB; `locate`
 * turns them into sheet and cell (`统计表!C12`).
 */
export async function readXlsx(bytes: Uint8Array, folding: Folding, limits: ReadLimits): Promise<ReadResult> {
  const gate = await gateOffice(bytes, 'excel', limits);
  if (gate === 'html') return readHtmlBytes(bytes, folding);
  if (gate !== 'zip') return gate;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    return { failure: 'file-corrupt', data: { reason: error instanceof Error ? error.message : String(error) } };
  }
  const lines: string[][] = [];
  const info: Array<{ sheet: string; row: number } | undefined> = [];
  const sheets: Array<{ first: number; count: number }> = [];
  for (const ws of workbook.worksheets) {
    lines.push([`[${ws.name}]`]);
    info.push(undefined);
    const grid = sheetGrid(ws);
    sheets.push({ first: lines.length, count: grid.length });
    grid.forEach((row, r) => {
      lines.push(row);
      info.push({ sheet: ws.name, row: r + 1 });
    });
  }
  const rendered = renderLines(lines);
  const blocks: Block[] = sheets.flatMap((s) => gridBlocks(rendered.lines.slice(s.first, s.first + s.count), 'xlsx'));
  const locate = (span: Span) => {
    const where = info[span.start.line - 1];
    const cells = rendered.lines[span.start.line - 1];
    if (!where || !cells) return undefined;
    const c = cellAt(cells, span.start.column);
    const cell = `${columnName(c + 1)}${where.row}`;
    return { unit: 'xlsx', sheet: where.sheet, cell, ref: `${sheetRef(where.sheet)}!${cell}`, text: cells[c].text };
  };
  return { source: rendered.source, document: { blocks }, locate };
}

/** The text of every cell from A1 to the last used row and column; cells hidden under a merge are blank. */
function sheetGrid(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  const lastRow = Math.min(ws.rowCount, MAX_ROWS);
  let width = 0;
  for (let r = 1; r <= lastRow; r++) {
    const row: string[] = [];
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > MAX_COLUMNS) return;
      row[c - 1] = cellText(cell);
    });
    const filled = Array.from(row, (t) => t ?? '');
    while (filled.length > 0 && filled[filled.length - 1] === '') filled.pop();
    width = Math.max(width, filled.length);
    rows.push(filled);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows.map((row) => [...row, ...new Array<string>(width - row.length).fill('')]);
}

export function cellText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'object' && 'formula' in v || (typeof v === 'object' && 'sharedFormula' in v)) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (typeof result === 'number') return formatNumber(result);
    if (result === undefined || result === null) return '';
    if (typeof result === 'object' && 'error' in result) return String(result.error);
    return result instanceof Date ? result.toISOString().slice(0, 10) : String(result);
  }
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return cell.text ?? '';
}

/** As Excel shows a number in a General cell: no binary noise (0.30000000000000004 → 0.3). */
function formatNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

export function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

function sheetRef(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * CSV: decoded like a text file (UTF-8 with or without BOM, GB18030 as Excel saves it on a
 * Chinese system), cells at their real line and column; `locate` adds the cell name too.
 */
export function readCsv(bytes: Uint8Array): ReadResult {
  const decoded = decode(bytes);
  if (!decoded.ok) {
    return { failure: decoded.reason === 'empty' ? 'file-empty' : decoded.reason === 'binary' ? 'file-binary' : 'file-undecodable' };
  }
  const source = new SourceText(decoded.text);
  const rows = parseCsv(source);
  const byLine = new Map<number, Array<{ cell: Cell; row: number; column: number }>>();
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const list = byLine.get(cell.span.start.line) ?? [];
      list.push({ cell, row: r + 1, column: c + 1 });
      byLine.set(cell.span.start.line, list);
    }),
  );
  const locate = (span: Span) => {
    const list = byLine.get(span.start.line);
    if (!list) return undefined;
    const hit = list[cellAt(list.map((x) => x.cell), span.start.column)];
    return { unit: 'csv', cell: `${columnName(hit.column)}${hit.row}`, text: hit.cell.text };
  };
  return { source, document: { blocks: gridBlocks(rows, 'csv') }, encoding: decoded.encoding, locate };
}
