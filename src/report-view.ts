import type { Cell } from './document.js';
import { narrativeOf } from './narrative/narrative.js';
import { spanOf } from './narrative/paragraphs.js';
import type { Report } from './recognise/report.js';

/** A table as rebuilt, each cell with its position and, when a template value is bound to it, its key. */
export interface TableView {
  title: string;
  layout: string;
  rows: Array<Array<{ text: string; line: number; column: number; key?: string }>>;
}

/** A paragraph as the prose checks read it, with the numbers they compare (claims) marked. */
export interface ParagraphView {
  text: string;
  line: number;
  column: number;
  heading: boolean;
  /** [start, end) indices into `text`, and where the number is in the file. */
  claims: Array<{ start: number; end: number; line: number; column: number }>;
}

export interface ReportView {
  tables: TableView[];
  prose: ParagraphView[];
}

/**
 * What the html format shows of a report besides the findings: the recognised tables as grids
 * and the prose with its claims. Only built when asked for (LintOptions.includeView), so JSON
 * output stays as small as it was.
 */
export function reportView(report: Report, lang: 'zh' | 'en'): ReportView {
  const tables = report.tables.map((t) => {
    const keyAt = new Map<Cell, string>();
    const cells = t.table.rows.flat();
    for (const v of t.values) {
      const at = v.value.span.start.offset;
      const cell = cells.find((c) => c.span.start.offset <= at && at <= c.span.end.offset && (c.span.end.offset > c.span.start.offset || at === c.span.start.offset));
      if (cell && !keyAt.has(cell)) keyAt.set(cell, v.key);
    }
    return {
      title: t.def.title[lang],
      layout: t.table.layout,
      rows: t.table.rows.map((row) =>
        row.map((c) => ({ text: c.text, line: c.span.start.line, column: c.span.start.column, ...(keyAt.has(c) ? { key: keyAt.get(c) } : {}) })),
      ),
    };
  });
  const n = narrativeOf(report);
  const prose = n.paragraphs.map((para) => {
    const first = spanOf(para, report.source, 0, Math.min(1, para.text.length));
    const claims = n.claims
      .filter((c) => c.para === para)
      .map((c) => {
        const at = spanOf(para, report.source, c.index, c.end).start;
        return { start: c.index, end: c.end, line: at.line, column: at.column };
      });
    return { text: para.text, line: first.start.line, column: first.start.column, heading: para.isHeading, claims };
  });
  return { tables, prose };
}
