import type { Cell, Table } from '../document.js';
import type { Folding } from '../folding.js';
import { normaliseLabel } from '../label.js';
import { isPlainCount, isValueToken } from '../value.js';
import { objectSlot } from '../object-slot.js';
import { detached } from '../detached.js';
import { trimText } from '../trim.js';
import { isWhiteSpace } from '../char-test.js';

/** A table row seen as a label and the cells after it. */
export interface RowView {
  /** The label cell first, then every cell to its right. */
  cells: Cell[];
  label: Cell;
  /**
   * The folded label, and when it holds several space-separated parts (a PDF line such as
   * `三、本年度办理结果 （一）予以公开`), also its last part: the item it names.
   */
  names: string[];
}

/**
 * The label of a row is the last text cell before its first value: leading row numbers
 * (序号) are skipped, and in rows flattened from a grouped table
 * (`三、本年度办理结果 | （一）予以公开 | 4 | …`) the item label wins over the group label.
 */
export function rowViews(table: Table, folding: Folding): RowView[] {
  return tableViewOf(table, folding).views;
}

/** Row views and cell names of a table, made in one pass over its cells. */
interface TableView {
  views: RowView[];
  /**
   * The folded names of every text cell (numbers and blanks are never header words), each with
   * the first row it is in: one map, where a set per row and one for the table made two hash
   * insertions per name and a set per row.
   */
  firstRowOf: Map<string, number>;
  /** The names of the row views, all in one string: what the alignment of the rows depends on. */
  namesKey: string;
}

// A table is bound against every template table of every pack: read its cells once.
const viewOf = objectSlot<Table, TableView>('table view');

function tableViewOf(table: Table, folding: Folding): TableView {
  const known = viewOf.get(table);
  if (known) return known;
  const view: TableView = { views: [], firstRowOf: new Map(), namesKey: '' };
  const { firstRowOf } = view;
  let namesKey = '';
  const { rows } = table;
  const readings = cellReadings(folding);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    let labelIndex = -1;
    let valueSeen = false;
    // The label cell's folded text and, when it has several space-separated parts, its last part's.
    let labelName = '';
    let labelLastPart: string | undefined;
    for (let i = 0; i < cells.length; i++) {
      const reading = cellReading(cells[i].text, folding, readings);
      if (reading === VALUE) {
        if (labelIndex >= 0) valueSeen = true;
        continue;
      }
      if (reading === BLANK) continue;
      // Numbers and blanks are never header words: only text cells are named, with their
      // space-separated parts (`行政复议 行政诉讼` in PDF text).
      const { name, parts } = reading;
      if (!firstRowOf.has(name)) firstRowOf.set(name, r);
      let lastPart: string | undefined;
      if (parts) {
        for (const part of parts) if (!firstRowOf.has(part)) firstRowOf.set(part, r);
        lastPart = parts[parts.length - 1];
      }
      // The label is the last text cell before the first value.
      if (!valueSeen) {
        labelIndex = i;
        labelName = name;
        labelLastPart = lastPart;
      }
    }
    if (labelIndex < 0) continue;
    const label = cells[labelIndex];
    const labelNames = labelLastPart === undefined ? [labelName] : [labelName, labelLastPart];
    // The row itself when the label leads it (row views are read, never changed).
    view.views.push({ cells: labelIndex === 0 ? cells : cells.slice(labelIndex), label, names: labelNames });
    for (const name of labelNames) namesKey += keyPart(name);
    namesKey += ';';
  }
  view.namesKey = namesKey;
  viewOf.set(table, view);
  return view;
}

/** What a cell's text is to the row views: blank, a value (a number, a placeholder, a unit), or a label. */
interface CellReading {
  /** The folded text. */
  name: string;
  /** When the text has several space-separated parts, each one folded. */
  parts: string[] | undefined;
}

const BLANK: CellReading = { name: '', parts: undefined };
const VALUE: CellReading = { name: '', parts: undefined };

/**
 * Cell texts read so far, per folding: a report copies the template's labels, so each label was
 * trimmed, tested for a value, folded and split into parts again in every report (about a
 * fifth of recognising one). Numbers (which differ from report to report) are told apart first
 * and not kept; the map is emptied past MAX_CELL_READINGS entries.
 */
const readingsOf = new WeakMap<Folding, Map<string, CellReading>>();
const MAX_CELL_READINGS = 50_000;

function cellReadings(folding: Folding): Map<string, CellReading> {
  let known = readingsOf.get(folding);
  if (!known) {
    known = new Map();
    readingsOf.set(folding, known);
  }
  return known;
}

function cellReading(text: string, folding: Folding, known: Map<string, CellReading>): CellReading {
  if (text === '') return BLANK;
  if (isPlainCount(text)) return VALUE;
  let reading = known.get(text);
  if (reading === undefined) {
    const trimmed = trimText(text);
    if (trimmed === '') reading = BLANK;
    else if (isValueToken(trimmed, folding)) reading = VALUE;
    else {
      const parts = spaceSeparated(text);
      reading = { name: normaliseLabel(text, folding), parts: parts.length > 1 ? parts.map((part) => normaliseLabel(part, folding)) : undefined };
    }
    if (known.size >= MAX_CELL_READINGS) known.clear();
    // Detached: a slice of a report's text kept as a key would keep that text alive.
    known.set(detached(text), reading);
  }
  return reading;
}

/**
 * A name's part of a row names key: its number, two characters from a private-use block, when it
 * has one; else U+FFFF, its length and itself. Either way no two lists of names make one key,
 * and the rows of a template table make a key of a few characters per row: built from the names
 * themselves it ran to a thousand, hashed and compared in full at every alignment lookup.
 */
function keyPart(name: string): string {
  let code = nameCodes.get(name);
  if (code === undefined && nameCodes.size < MAX_NAME_IDS) {
    const id = nameCodes.size;
    code = String.fromCharCode(ID_BASE + (id >> 10), ID_BASE + (id & 1023));
    // Detached: a slice of a report's text kept as a key would keep that text alive.
    nameCodes.set(detached(name), code);
  }
  return code ?? `\uffff${name.length}:${name}`;
}

/**
 * Row names seen so far, numbered in the order seen, each with its number as written in keys;
 * never renumbered (a key made before must keep its meaning), so bounded: names past
 * MAX_NAME_IDS are written out in their keys. Reports copy a template's few hundred labels.
 */
const nameCodes = new Map<string, string>();
const MAX_NAME_IDS = 50_000;
/** A number is written as two characters of 1,024 values each from U+E000: a part starts with one of those or with U+FFFF. */
const ID_BASE = 0xe000;

/**
 * The names of a table's row views in one string: two tables with the same key have row views
 * that name the same things in the same order (what bindTable's alignment reads of them).
 */
export function rowNamesKey(table: Table, folding: Folding): string {
  return tableViewOf(table, folding).namesKey;
}

function spaceSeparated(text: string): string[] {
  const trimmed = trimText(text);
  // Most labels are one run of words: no array of parts to make.
  return hasWhiteSpace(trimmed) ? trimmed.split(/\s+/u) : [trimmed];
}

/**
 * `/\s/u.test(text)` (\s takes in the ideographic space U+3000) by a loop: for a label of a few
 * dozen characters the regex call cost more than the test (measured over the corpus's cells: 9-13
 * against 6-10 µs a report).
 */
function hasWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
}

/** How many of the markers appear in the table's cells (after folding). */
export function countMarkers(table: Table, markers: string[], folding: Folding): number {
  if (markers.length === 0) return 0;
  // The folded markers are distinct: each found anywhere in the table counts once.
  const { firstRowOf } = tableViewOf(table, folding);
  let found = 0;
  for (const m of foldedMarkers(markers, folding)) if (firstRowOf.has(m)) found++;
  return found;
}

/** Index of the first row holding one of the markers, or -1. */
export function firstMarkerRow(table: Table, markers: string[], folding: Folding): number {
  const { firstRowOf } = tableViewOf(table, folding);
  let first = -1;
  for (const m of foldedMarkers(markers, folding)) {
    const row = firstRowOf.get(m);
    if (row !== undefined && (first < 0 || row < first)) first = row;
  }
  return first;
}

const markersOf = new WeakMap<string[], string[]>();

function foldedMarkers(markers: string[], folding: Folding): string[] {
  let folded = markersOf.get(markers);
  if (!folded) {
    folded = [...new Set(markers.map((m) => normaliseLabel(m, folding)))];
    markersOf.set(markers, folded);
  }
  return folded;
}
