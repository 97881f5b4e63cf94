import type { Cell, Table } from '../document.js';
import type { Folding } from '../folding.js';
import { normaliseLabel } from '../label.js';
import { isValueToken } from '../value.js';

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
  const cached = viewsOf.get(table);
  if (cached) return cached;
  const views: RowView[] = [];
  for (const cells of table.rows) {
    let labelIndex = -1;
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i].text.trim();
      const isValue = text === '' || isValueToken(text, folding);
      if (!isValue) labelIndex = i;
      else if (labelIndex >= 0 && text !== '') break;
    }
    if (labelIndex < 0) continue;
    const label = cells[labelIndex];
    const names = [normaliseLabel(label.text, folding)];
    const parts = spaceSeparated(label.text);
    if (parts.length > 1) names.push(normaliseLabel(parts[parts.length - 1], folding));
    views.push({ cells: cells.slice(labelIndex), label, names });
  }
  viewsOf.set(table, views);
  return views;
}

// A table is bound against every template table of every pack: fold its labels once.
const viewsOf = new WeakMap<Table, RowView[]>();
const namesOf = new WeakMap<Table, Array<Set<string>>>();

/** The folded names of every cell, per row, computed once per table. */
function cellNameSets(table: Table, folding: Folding): Array<Set<string>> {
  let sets = namesOf.get(table);
  if (!sets) {
    // Numbers and blanks are never header words: skip folding them.
    sets = table.rows.map((row) => new Set(row.flatMap((c) => (isValueToken(c.text, folding) || c.text.trim() === '' ? [] : cellNames(c.text, folding)))));
    namesOf.set(table, sets);
  }
  return sets;
}

function spaceSeparated(text: string): string[] {
  return text.trim().split(/[\s\u3000]+/);
}

/** A cell's folded text, and its space-separated parts (`行政复议 行政诉讼` in PDF text). */
function cellNames(text: string, folding: Folding): string[] {
  const parts = spaceSeparated(text);
  const whole = normaliseLabel(text, folding);
  return parts.length > 1 ? [whole, ...parts.map((p) => normaliseLabel(p, folding))] : [whole];
}

/** How many of the markers appear in the table's cells (after folding). */
export function countMarkers(table: Table, markers: string[], folding: Folding): number {
  if (markers.length === 0) return 0;
  const found = new Set<string>();
  for (const names of cellNameSets(table, folding)) for (const m of foldedMarkers(markers, folding)) if (names.has(m)) found.add(m);
  return found.size;
}

/** Index of the first row holding one of the markers, or -1. */
export function firstMarkerRow(table: Table, markers: string[], folding: Folding): number {
  const wanted = foldedMarkers(markers, folding);
  return cellNameSets(table, folding).findIndex((names) => wanted.some((m) => names.has(m)));
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
