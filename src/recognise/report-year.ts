import type { Heading, Paragraph } from '../document.js';
import type { Span } from '../source-text.js';

export interface ReportYear {
  year: number;
  span: Span;
}

export interface Agency {
  name: string;
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
      const at = m.index + m[0].indexOf(m[1]);
      return { year: Number(m[1]), span: spanIn(block, at, 4) };
    }
  }
  return undefined;
}

/** The body that publishes the report: the title's text before its year (某县市场监督管理局). */
export function reportAgency(prose: Array<Paragraph | Heading>): Agency | undefined {
  for (const block of prose.slice(0, 30)) {
    const m = TITLE_YEAR.exec(block.text);
    if (!m || block.span.start.line !== block.span.end.line) continue;
    const name = block.text.slice(0, m.index).trim();
    if (name.length < 2 || name.length > 40) return undefined;
    return { name, span: spanIn(block, block.text.indexOf(name), name.length) };
  }
  return undefined;
}

/** A span inside a one-line block whose text is a verbatim slice of the source. */
function spanIn(block: Paragraph | Heading, index: number, length: number): Span {
  const line = block.span.start.line;
  const column = block.span.start.column + [...block.text.slice(0, index)].length;
  const offset = block.span.start.offset + index;
  const width = [...block.text.slice(index, index + length)].length;
  return { start: { line, column, offset }, end: { line, column: column + width, offset: offset + length } };
}
