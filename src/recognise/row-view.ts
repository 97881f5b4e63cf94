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
  return views;
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
  const wanted = new Set(markers.map((m) => normaliseLabel(m, folding)));
  const found = new Set<string>();
  for (const row of table.rows) {
    for (const cell of row) for (const n of cellNames(cell.text, folding)) if (wanted.has(n)) found.add(n);
  }
  return found.size;
}

/** Index of the first row holding one of the markers, or -1. */
export function firstMarkerRow(table: Table, markers: string[], folding: Folding): number {
  const wanted = new Set(markers.map((m) => normaliseLabel(m, folding)));
  return table.rows.findIndex((row) => row.some((c) => cellNames(c.text, folding).some((n) => wanted.has(n))));
}
