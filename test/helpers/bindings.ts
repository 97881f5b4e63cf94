import { reportOf } from './report.js';

export interface CellAt {
  key: string;
  text: string;
  offset: number;
  line: number;
  column: number;
}

/** Where each template value of a report text sits, as the recogniser binds it. */
export function bindingsOf(text: string, kind: 'markdown' | 'text'): Map<string, CellAt> {
  const report = reportOf(text, kind);
  const out = new Map<string, CellAt>();
  for (const [key, v] of report.values) {
    if (v.value.kind !== 'number') continue;
    const { offset, line, column } = v.value.span.start;
    out.set(key, { key, text: v.value.text, offset, line, column });
  }
  return out;
}

/** Replaces one number in the text, keeping its width so that no other cell moves. */
export function bump(text: string, cell: CellAt): string {
  const n = Number(cell.text);
  const next = String(n % 10 === 9 ? n - 1 : n + 1);
  return text.slice(0, cell.offset) + next + text.slice(cell.offset + cell.text.length);
}
