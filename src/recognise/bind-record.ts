import type { Table } from '../document.js';
import type { Folding } from '../folding.js';
import type { TableDef } from '../packs.js';
import type { SourceText } from '../source-text.js';
import { isValueToken, parseValue } from '../value.js';
import type { BoundTable } from './bound.js';
import { ambiguous, valueRange } from './bind-table.js';
import { countMarkers, firstMarkerRow, rowViews } from './row-view.js';

/**
 * A record table (table 四): recognised by its header words, its values are the one row of
 * numbers, in template order. A row with fewer numbers than the template (blank cells
 * collapsed away) is ambiguous and binds nothing.
 */
export function bindRecord(table: Table, def: TableDef, source: SourceText, folding: Folding): BoundTable | null {
  const markers = countMarkers(table, def.markers ?? [], folding);
  if (markers < def.min_matches) return null;
  const bound: BoundTable = { def, table, values: [], ambiguous: [], matchedRows: markers, score: markers };
  const n = def.items.length;
  // The data row: the last row holding values after the header, with or without a label cell.
  const headerRow = firstMarkerRow(table, def.markers ?? [], folding);
  for (let r = table.rows.length - 1; r > headerRow; r--) {
    const row = table.rows[r];
    const first = row.findIndex((c) => isValueToken(c.text, folding));
    if (first < 0) continue;
    const label = rowViews({ ...table, rows: [row] }, folding)[0]?.label ?? row[first];
    const [from, to] = valueRange(row, first, n);
    const cells = row.slice(from, to);
    if (cells.length !== n) {
      bound.ambiguous.push(ambiguous(def.items[0], label, cells, n));
      return bound;
    }
    def.items.forEach((item, i) => {
      const cell = cells[i];
      const value = cell.joined ? { kind: 'invalid' as const, text: cell.text, span: cell.span } : parseValue(cell, source, folding);
      bound.values.push({ key: item.id, tableDef: def, item, value, labelSpan: label.span });
    });
    bound.matchedRows += n;
    bound.score += n;
    return bound;
  }
  return bound;
}

