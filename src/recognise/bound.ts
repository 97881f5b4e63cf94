import type { Cell, Table } from '../document.js';
import type { ColumnDef, ItemDef, TableDef } from '../packs.js';
import type { Span } from '../source-text.js';
import type { Value } from '../value.js';

/** One template value found in the report: where it is and what it says. */
export interface BoundValue {
  key: string;
  /** The template table it was read for. */
  tableDef: TableDef;
  item: ItemDef;
  column?: ColumnDef;
  value: Value;
  labelSpan: Span;
  /** The unit printed next to it, when the table has a unit column. */
  unitCell?: Cell;
}

/** A row whose cells could not be assigned to columns without guessing. */
export interface AmbiguousRow {
  item: ItemDef;
  label: Cell;
  found: number;
  expected: number;
}

export interface BoundTable {
  def: TableDef;
  table: Table;
  values: BoundValue[];
  ambiguous: AmbiguousRow[];
  /** Template rows matched (group rows excluded). */
  matchedRows: number;
  /** matchedRows plus the template markers found: what formats compete on. */
  score: number;
}
