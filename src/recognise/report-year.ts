import type { Heading, Paragraph } from '../document.js';
import type { Span } from '../source-text.js';

export interface ReportYear {
  year: number;
  span: Span;
}

const TITLE_YEAR = /((?:19|20)\d{2})\s*年(?:度)?[^。]{0,40}?(?:年度报告|年报|工作报告|情况统计表)/;
const PERIOD_YEAR = /[（(]\s*((?:19|20)\d{2})\s*年度\s*[)）]/;

/** The report year as its title states it ("…2022年政府信息公开工作年度报告"), from the first blocks. */
export function reportYear(prose: Array<Paragraph | Heading>): ReportYear | undefined {
  for (const pattern of [TITLE_YEAR, PERIOD_YEAR]) {
    for (const block of prose.slice(0, 30)) {
      const m = pattern.exec(block.text);
      if (!m || block.span.start.line !== block.span.end.line) continue;
      const startCol = block.span.start.column + [...block.text.slice(0, m.index + m[0].indexOf(m[1]))].length;
      const line = block.span.start.line;
      const offset = block.span.start.offset + m.index + m[0].indexOf(m[1]);
      return {
        year: Number(m[1]),
        span: { start: { line, column: startCol, offset }, end: { line, column: startCol + 4, offset: offset + 4 } },
      };
    }
  }
  return undefined;
}
