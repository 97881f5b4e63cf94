import type { Cell, Table } from '../document.js';
import type { Folding } from '../folding.js';
import { labelScore, normaliseLabel } from '../label.js';
import type { ColumnDef, ItemDef, TableDef } from '../packs.js';
import type { SourceText } from '../source-text.js';
import { isValueToken, parseValue } from '../value.js';
import { alignInOrder } from './align.js';
import type { AmbiguousRow, BoundTable, BoundValue } from './bound.js';
import { bindRecord } from './bind-record.js';
import { countMarkers, rowNamesKey, rowViews, type RowView } from './row-view.js';
import { detached } from '../detached.js';
import { objectSlot } from '../object-slot.js';
import { trimText } from '../trim.js';
import { shared } from '../shared-strings.js';

export type { BoundTable, BoundValue } from './bound.js';

/**
 * Binds a rebuilt table to a template table: which row is which item and which cell holds
 * each of its values. Returns null when fewer rows match than the template asks for. The
 * values are read by bindValues, once the table's format has won (a 2021 report matches the
 * 2019 tables too, and reading every cell twice was half the cost of recognising it).
 */
export function bindTable(table: Table, def: TableDef, source: SourceText, folding: Folding): BoundTable | null {
  if (def.kind === 'record') {
    const record = bindRecord(table, def, source, folding);
    // Its values are read already; the slot is set all the same, so every bound table has one shape.
    if (record) unbound.set(record, undefined);
    return record;
  }
  const rows = rowViews(table, folding);
  const alignment = alignmentOf(rows, rowNamesKey(table, folding), def, folding);
  if (!alignment) return null;
  const { pairs, matchedRows } = alignment;
  const score = matchedRows + countMarkers(table, def.markers ?? [], folding);
  const bound: BoundTable = { def, table, values: [], ambiguous: [], matchedRows, score };
  unbound.set(bound, { rows, pairs });
  return bound;
}

/** Which row names which item of a template table, and how many rows name a non-group item. */
interface Alignment {
  /** Read only: shared by every table whose rows name the same things. */
  pairs: ReadonlyArray<readonly [number, number]>;
  matchedRows: number;
}

/**
 * The alignment of rows to a template table, or null when too few rows match it. It depends
 * only on the rows' names, so it is worked out once per distinct list of names and template:
 * the reports of a sweep copy the template's labels, and each was aligned anew (the score
 * matrix and the alignment were about a twentieth of linting a report).
 */
function alignmentOf(rows: RowView[], namesKey: string, def: TableDef, folding: Folding): Alignment | null {
  // A template table has tens of rows; a table of thousands (a dump) would keep a long key.
  if (namesKey.length > MAX_KEY_LENGTH) return align(rows, def, templateNames(def, folding));
  let known = alignmentsOf.get(def);
  const cached = known?.get(namesKey);
  if (cached !== undefined) return cached;
  const alignment = align(rows, def, templateNames(def, folding));
  // Keys come from pages: a sweep of tables all different must not fill memory.
  if (++alignmentsKept > ALIGNMENTS_KEPT) {
    alignmentsOf = new WeakMap();
    alignmentsKept = 1;
    known = undefined;
  }
  if (!known) {
    known = new Map();
    alignmentsOf.set(def, known);
  }
  known.set(detached(namesKey), alignment);
  return alignment;
}

let alignmentsOf = new WeakMap<TableDef, Map<string, Alignment | null>>();
let alignmentsKept = 0;
/** All template tables together; keys of at most 8,192 characters (a 2021 table's is ~800): 4 MB at most. */
const ALIGNMENTS_KEPT = 256;
const MAX_KEY_LENGTH = 8_192;

function align(rows: RowView[], def: TableDef, templates: string[][]): Alignment | null {
  // A table of another template names (almost) none of this one's rows exactly: stop before
  // the slower truncated-label search. Two exact names are needed to go on.
  if (exactMatches(rows, def, templates) < MIN_EXACT) return null;
  const scores = scoreMatrix(rows, templates);
  const pairs = alignInOrder(rows.length, def.items.length, scores);
  const matchedRows = pairs.filter(([, k]) => !def.items[k].group).length;
  return matchedRows < def.min_matches ? null : { pairs, matchedRows };
}

const unbound = objectSlot<BoundTable, { rows: RowView[]; pairs: Alignment['pairs'] } | undefined>('rows to bind');

/** Reads the values of a table bound by bindTable (a record table's are read at once). */
export function bindValues(bound: BoundTable, source: SourceText, folding: Folding): void {
  const pending = unbound.get(bound);
  if (!pending) return;
  unbound.set(bound, undefined);
  const { def } = bound;
  const single = def.columns.length === 1 && def.items.every((i) => !i.columns);
  if (single) bindSingleColumn(bound, pending.rows, pending.pairs, source, folding);
  else bindColumns(bound, pending.rows, pending.pairs, source, folding);
}

/**
 * How well each row names each item (labelScore), computed once per binding: exact names
 * through a lookup, the slower truncation test only for rows that name no item exactly. The
 * matrix is valid until the next call (see scoreScratch).
 */
function scoreMatrix(rows: RowView[], templates: string[][]): Uint8Array {
  const width = templates.length;
  const scores = scoreScratch(rows.length * width);
  const exact = itemsByName(templates);
  rows.forEach((row, r) => {
    let found = false;
    for (const name of row.names) {
      for (const k of exact.get(name) ?? []) {
        scores[r * width + k] = 3;
        found = true;
      }
    }
    if (found) return;
    for (let k = 0; k < width; k++) {
      let best = 0;
      for (const t of templates[k]) for (const name of row.names) best = Math.max(best, labelScore(name, t));
      scores[r * width + k] = best;
    }
  });
  return scores;
}

/**
 * Memory for a score matrix of `size` cells, the first `size` zeroed (it may be longer), reused
 * from binding to binding (the matrix is read only by alignInOrder, before the next binding): a
 * typed array is slow to allocate, and one was made for every table and template pair of every
 * report.
 */
function scoreScratch(size: number): Uint8Array {
  if (size > KEPT_SCORES) return new Uint8Array(size);
  if (size > scoresKept.length) scoresKept = new Uint8Array(Math.max(size, scoresKept.length * 2));
  scoresKept.fill(0, 0, size);
  return scoresKept;
}

/** Larger matrices (a table of thousands of rows) are not kept. */
const KEPT_SCORES = 1 << 16;
let scoresKept = new Uint8Array(4096);

/** For each folded name of a template table, the items it names; made once per template. */
function itemsByName(templates: string[][]): Map<string, number[]> {
  let index = itemsByNameOf.get(templates);
  if (!index) {
    index = new Map();
    for (let k = 0; k < templates.length; k++) for (const n of templates[k]) index.set(n, [...(index.get(n) ?? []), k]);
    itemsByNameOf.set(templates, index);
  }
  return index;
}

const itemsByNameOf = new WeakMap<string[][], Map<string, number[]>>();

const MIN_EXACT = 2;
const exactNamesOf = new WeakMap<TableDef, Set<string>>();

function exactMatches(rows: RowView[], def: TableDef, templates: string[][]): number {
  let names = exactNamesOf.get(def);
  if (!names) {
    names = new Set(templates.flat());
    exactNamesOf.set(def, names);
  }
  let n = 0;
  for (const row of rows) if (row.names.some((name) => names!.has(name))) n++;
  return n;
}

const templatesOf = new WeakMap<TableDef, string[][]>();

/** The folded label and aliases of every item of a template table, computed once. */
function templateNames(def: TableDef, folding: Folding): string[][] {
  let names = templatesOf.get(def);
  if (!names) {
    names = def.items.map((item) => [item.label, ...(item.aliases ?? [])].map((l) => normaliseLabel(l, folding)));
    templatesOf.set(def, names);
  }
  return names;
}

function value(cell: Cell, source: SourceText, folding: Folding) {
  return cell.joined ? { kind: 'invalid' as const, text: cell.text, span: cell.span } : parseValue(cell, source, folding);
}

/** One value per row (the legacy 统计表): find the value and unit columns, then read each row. */
function bindSingleColumn(bound: BoundTable, rows: RowView[], pairs: Alignment['pairs'], source: SourceText, folding: Folding) {
  const layout = columnLayout(rows, folding, bound.def.unit_column === true);
  for (const [r, k] of pairs) {
    const item = bound.def.items[k];
    if (item.group) continue;
    const row = rows[r];
    const valueCell = pickValueCell(row.cells, layout.valueIndex, folding);
    if (!valueCell) continue;
    const unitCell =
      layout.unitIndex !== undefined && layout.unitIndex < layout.valueIndex && row.cells.length > layout.valueIndex
        ? row.cells[layout.unitIndex]
        : undefined;
    bound.values.push({ key: item.id, tableDef: bound.def, item, value: value(valueCell, source, folding), labelSpan: row.label.span, unitCell });
  }
}

/**
 * Several values per row (tables 二 and 三): the cells after the label map to the row's
 * columns in order. Surplus blank cells (a flattened label column, trailing padding) are
 * dropped; a row with fewer or more values than columns is ambiguous and binds nothing.
 * The row's cells are read in place (from/to), not copied: a 2021 table 三 has some 25 rows.
 */
function bindColumns(bound: BoundTable, rows: RowView[], pairs: Alignment['pairs'], source: SourceText, folding: Folding) {
  const { def } = bound;
  const columns = columnsOf(def);
  for (const [r, k] of pairs) {
    const item = def.items[k];
    if (item.group) continue;
    const ids = item.columns ?? columns.ids;
    const { cells, label } = rows[r];
    const [from, to] = valueRange(cells, 1, ids.length);
    if (to - from <= ids.length && allBlank(cells, from, to)) continue;
    if (to - from !== ids.length) {
      bound.ambiguous.push(ambiguous(item, label, cells.slice(from, to), ids.length));
      continue;
    }
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      bound.values.push({ key: columnKey(item, id), tableDef: def, item, column: columns.byId(id), value: value(cells[from + i], source, folding), labelSpan: label.span });
    }
  }
}

/** A template table's column ids and columns by id (one made up, once, for an id it does not list), once per table. */
function columnsOf(def: TableDef): { ids: string[]; byId: (id: string) => ColumnDef } {
  let known = columnsByDef.get(def);
  if (!known) {
    const columns = new Map(def.columns.map((c) => [c.id, c]));
    known = {
      ids: def.columns.map((c) => c.id),
      byId: (id) => {
        let column = columns.get(id);
        if (!column) columns.set(id, (column = { id, labels: [] }));
        return column;
      },
    };
    columnsByDef.set(def, known);
  }
  return known;
}

const columnsByDef = new WeakMap<TableDef, ReturnType<typeof columnsOf>>();

/** cells[from, to) without the blank cells at either end while more than `expected` remain. */
export function valueRange(cells: Cell[], from: number, expected: number): [number, number] {
  let to = cells.length;
  while (to - from > expected && trimText(cells[from].text) === '') from++;
  while (to - from > expected && trimText(cells[to - 1].text) === '') to--;
  return [from, to];
}

function allBlank(cells: Cell[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (trimText(cells[i].text) !== '') return false;
  return true;
}

/**
 * `item.column`, one string per item and column for every report: the keys are looked up and
 * stored by every later step. The shared string (src/shared-strings.ts), as the packs' keys are,
 * so that a lookup by a check's key finds it without comparing characters.
 */
function columnKey(item: ItemDef, column: string): string {
  let keys = columnKeys.get(item);
  if (!keys) columnKeys.set(item, (keys = new Map()));
  let key = keys.get(column);
  if (key === undefined) keys.set(column, (key = shared(`${item.id}.${column}`)));
  return key;
}

const columnKeys = new WeakMap<ItemDef, Map<string, string>>();

export function ambiguous(item: ItemDef, label: Cell, cells: Cell[], expected: number): AmbiguousRow {
  return { item, label, found: cells.filter((c) => trimText(c.text) !== '').length, expected };
}

interface ColumnLayout {
  /** Index (within a row view, label = 0) of the value cell in full-width rows. */
  valueIndex: number;
  unitIndex?: number;
}

/** The value column is the last one holding values in most full rows; the unit column the one holding units. */
function columnLayout(rows: RowView[], folding: Folding, hasUnitColumn: boolean): ColumnLayout {
  const widths = new Map<number, number>();
  for (const r of rows) widths.set(r.cells.length, (widths.get(r.cells.length) ?? 0) + 1);
  let width = 2;
  let most = 0;
  for (const [w, n] of widths) if (w >= 2 && (n > most || (n === most && w > width))) [width, most] = [w, n];
  const unitCounts = new Array<number>(width).fill(0);
  const numberCounts = new Array<number>(width).fill(0);
  for (const r of rows) {
    if (r.cells.length !== width) continue;
    r.cells.forEach((c, i) => {
      if (i === 0) return;
      const t = trimText(c.text);
      if (folding.units.includes(t)) unitCounts[i]++;
      else if (isValueToken(t, folding)) numberCounts[i]++;
    });
  }
  // Trailing empty padding cells (`| 3 | ||`) are not the value column.
  let valueIndex = width - 1;
  while (valueIndex > 1 && numberCounts[valueIndex] === 0) valueIndex--;
  let unitIndex: number | undefined;
  if (hasUnitColumn) {
    const max = unitCounts.reduce((a, b) => Math.max(a, b), 0);
    if (max > 0) unitIndex = unitCounts.indexOf(max);
  }
  return { valueIndex, unitIndex };
}

function pickValueCell(cells: Cell[], valueIndex: number, folding: Folding): Cell | undefined {
  if (cells.length > valueIndex) return cells[valueIndex];
  // A short row (a unit cell dropped): take the last cell if it can be a value.
  const last = cells[cells.length - 1];
  if (cells.length >= 2 && (isValueToken(last.text, folding) || trimText(last.text) === '') && !folding.units.includes(trimText(last.text))) {
    return last;
  }
  return undefined;
}
