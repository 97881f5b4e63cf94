import type { Document, Heading, Paragraph } from '../document.js';
import type { Folding } from '../folding.js';
import type { Pack } from '../packs.js';
import type { SourceText } from '../source-text.js';
import { bindTable, type BoundTable, type BoundValue } from './bind-table.js';

/** A document read as a report of one format: its named values and its prose. */
export interface Report {
  /** The pack whose tables it follows, or undefined when no table was recognised. */
  pack?: Pack;
  tables: BoundTable[];
  values: Map<string, BoundValue>;
  prose: Array<Paragraph | Heading>;
  /** Tables in the document that matched no template table. */
  unrecognisedTables: number;
}

/**
 * Binds every table to the template table it matches best, then keeps the pack (format)
 * with the most matched rows overall.
 */
export function recognise(doc: Document, packs: Pack[], source: SourceText, folding: Folding): Report {
  const prose = doc.blocks.filter((b): b is Paragraph | Heading => b.type !== 'table');
  const tables = doc.blocks.filter((b) => b.type === 'table');
  const byPack = new Map<Pack, BoundTable[]>();
  let unrecognisedTables = 0;
  for (const table of tables) {
    let matched = false;
    for (const pack of packs) {
      let best: BoundTable | null = null;
      for (const def of pack.tables) {
        const bound = bindTable(table, def, source, folding);
        if (bound && (!best || bound.matchedRows > best.matchedRows)) best = bound;
      }
      if (best) {
        matched = true;
        byPack.set(pack, [...(byPack.get(pack) ?? []), best]);
      }
    }
    if (!matched) unrecognisedTables++;
  }
  let pack: Pack | undefined;
  let score = 0;
  for (const [p, bound] of byPack) {
    const s = bound.reduce((n, b) => n + b.matchedRows, 0);
    if (s > score) [pack, score] = [p, s];
  }
  const bound = pack ? byPack.get(pack)! : [];
  const values = new Map<string, BoundValue>();
  for (const t of bound) for (const v of t.values) if (!values.has(v.key)) values.set(v.key, v);
  return { pack, tables: bound, values, prose, unrecognisedTables };
}
