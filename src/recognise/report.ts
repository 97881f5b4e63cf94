import type { Document, Heading, Paragraph, Table } from '../document.js';
import type { Folding } from '../folding.js';
import type { Pack } from '../packs.js';
import type { SourceText } from '../source-text.js';
import { bindTable, bindValues, type BoundTable, type BoundValue } from './bind-table.js';
import { rowViews } from './row-view.js';
import { reportAgency, reportYear, type Agency, type ReportYear } from './report-year.js';

/** A document read as a report of one format: its named values and its prose. */
export interface Report {
  /** The pack whose tables it follows, or undefined when no table was recognised. */
  pack?: Pack;
  tables: BoundTable[];
  values: Map<string, BoundValue>;
  prose: Array<Paragraph | Heading>;
  /** Tables in the document that matched no template table. */
  unrecognisedTables: number;
  /** The year the report is about, read from its title, when it says. */
  year?: ReportYear;
  /** The publishing body named in the title, when it says. */
  agency?: Agency;
  /** The text the spans point into: prose checks turn offsets into line and column with it. */
  source: SourceText;
}

/**
 * Binds every template table of every pack to the document table it matches best, then
 * keeps the pack (format) with the highest score overall (rows matched plus header markers).
 */
export function recognise(doc: Document, packs: Pack[], source: SourceText, folding: Folding): Report {
  const prose = doc.blocks.filter((b): b is Paragraph | Heading => b.type !== 'table');
  const tables = doc.blocks.filter((b): b is Table => b.type === 'table');
  // Every binder reads a table's row views; made first, they are on every table before any
  // binder sees one (a table gains a property with them, and code optimised for tables
  // without it was thrown away when one with it came).
  for (const table of tables) rowViews(table, folding);
  const byPack = new Map<Pack, BoundTable[]>();
  const used = new Set<Table>();
  for (const pack of packs) {
    // Each template table takes the document table it matches best; one document table may
    // serve several template tables when a page ran them together without a break.
    for (const def of pack.tables) {
      let best: BoundTable | null = null;
      for (const table of tables) {
        const bound = bindTable(table, def, source, folding);
        if (bound && (!best || bound.score > best.score)) best = bound;
      }
      if (best) {
        used.add(best.table);
        byPack.set(pack, [...(byPack.get(pack) ?? []), best]);
      }
    }
  }
  const unrecognisedTables = tables.filter((t) => !used.has(t)).length;
  let pack: Pack | undefined;
  let score = 0;
  for (const [p, bound] of byPack) {
    const s = bound.reduce((n, b) => n + b.score, 0);
    if (s > score) [pack, score] = [p, s];
  }
  const bound = pack ? byPack.get(pack)! : [];
  for (const t of bound) bindValues(t, source, folding);
  const values = new Map<string, BoundValue>();
  for (const t of bound) for (const v of t.values) if (!values.has(v.key)) values.set(v.key, v);
  return { pack, tables: bound, values, prose, unrecognisedTables, year: reportYear(prose), agency: reportAgency(prose), source };
}
