import type { Cell, Table } from '../document.js';
import type { Folding } from '../folding.js';
import { labelScore, normaliseLabel } from '../label.js';
import type { ItemDef, TableDef } from '../packs.js';
import type { SourceText, Span } from '../source-text.js';
import { isValueToken, parseValue, type Value } from '../value.js';
import { alignInOrder } from './align.js';

/** One template value found in the report: where it is and what it says. */
export interface BoundValue {
  key: string;
  item: ItemDef;
  columnId: string;
  value: Value;
  labelSpan: Span;
  /** The unit printed next to it, when the table has a unit column. */
  unitCell?: Cell;
}

export interface BoundTable {
  def: TableDef;
  table: Table;
  values: BoundValue[];
  matchedRows: number;
}

interface RowView {
  label: Cell;
  normalised: string;
  cells: Cell[];
}

/**
 * Binds a rebuilt table to a template table: which row is which item, which cell is the
 * value (and the unit). Returns null when fewer rows match than the template asks for.
 */
export function bindTable(table: Table, def: TableDef, source: SourceText, folding: Folding): BoundTable | null {
  const rows = labelledRows(table, folding);
  const templates = def.items.map((item) =>
    [item.label, ...(item.aliases ?? [])].map((l) => normaliseLabel(l, folding)),
  );
  const pairs = alignInOrder(rows.length, def.items.length, (r, k) => {
    let best = 0;
    for (const t of templates[k]) best = Math.max(best, labelScore(rows[r].normalised, t));
    return best;
  });
  const matchedRows = pairs.filter(([, k]) => !def.items[k].group).length;
  if (matchedRows < def.min_matches) return null;

  const layout = columnLayout(rows, folding, def.unit_column === true);
  const values: BoundValue[] = [];
  const column = def.columns[0];
  for (const [r, k] of pairs) {
    const item = def.items[k];
    if (item.group) continue;
    const row = rows[r];
    const valueCell = pickValueCell(row.cells, layout.valueIndex, folding);
    if (!valueCell) continue;
    const unitCell =
      layout.unitIndex !== undefined && layout.unitIndex < layout.valueIndex && row.cells.length > layout.valueIndex
        ? row.cells[layout.unitIndex]
        : undefined;
    values.push({
      key: def.columns.length === 1 ? item.id : `${item.id}.${column.id}`,
      item,
      columnId: column.id,
      value: valueCell.joined ? { kind: 'invalid', text: valueCell.text, span: valueCell.span } : parseValue(valueCell, source, folding),
      labelSpan: row.label.span,
      unitCell,
    });
  }
  return { def, table, values, matchedRows };
}

/** The label of a row is its first cell that is not a row number or a value. */
function labelledRows(table: Table, folding: Folding): RowView[] {
  const views: RowView[] = [];
  for (const cells of table.rows) {
    let i = 0;
    while (i < cells.length - 1 && /^\d{1,3}$/.test(cells[i].text.trim())) i++;
    const label = cells[i];
    if (!label || isValueToken(label.text, folding)) continue;
    views.push({ label, normalised: normaliseLabel(label.text, folding), cells: cells.slice(i) });
  }
  return views;
}

interface ColumnLayout {
  /** Index (within a row view, label = 0) of the value cell in full-width rows. */
  valueIndex: number;
  unitIndex?: number;
  width: number;
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
      const t = c.text.trim();
      if (folding.units.includes(t)) unitCounts[i]++;
      else if (isValueToken(t, folding)) numberCounts[i]++;
    });
  }
  // Trailing empty padding cells (`| 3 | ||`) are not the value column.
  let valueIndex = width - 1;
  while (valueIndex > 1 && numberCounts[valueIndex] === 0) valueIndex--;
  let unitIndex: number | undefined;
  if (hasUnitColumn) {
    const max = Math.max(...unitCounts);
    if (max > 0) unitIndex = unitCounts.indexOf(max);
  }
  return { valueIndex, unitIndex, width };
}

function pickValueCell(cells: Cell[], valueIndex: number, folding: Folding): Cell | undefined {
  if (cells.length > valueIndex) return cells[valueIndex];
  // A short row (a unit cell dropped): take the last cell if it can be a value.
  const last = cells[cells.length - 1];
  if (cells.length >= 2 && (isValueToken(last.text, folding) || last.text.trim() === '') && !folding.units.includes(last.text.trim())) {
    return last;
  }
  return undefined;
}
