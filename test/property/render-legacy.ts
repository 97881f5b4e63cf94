import { render as renderRows } from '../helpers/layouts.js';
import { table, type Model } from './arbitraries.js';
import { Writer, type Rendered } from './writer.js';

export const LEGACY_LAYOUTS = ['tabs', 'gfm', 'pipes', 'columns'] as const;
export type LegacyLayout = (typeof LEGACY_LAYOUTS)[number];

/**
 * The legacy 统计表 in the layouts reports take: `tabs` as the seed report has it (Word's
 * "copy as text": every cell on a TAB-led line, rows between blank lines, NBSP in blank cells),
 * and the GFM, plain-pipe and space-aligned layouts of test/helpers/layouts.ts.
 */
export function renderLegacy(m: Model, layout: LegacyLayout, text: (key: string) => string): Rendered {
  const def = table(m.pack, 'stats');
  let group = 0;
  let item = 0;
  const rows = def.items.map((i) => {
    // Numbered as the seed report numbers them: 一、 for a heading row, 1. for the rows under it.
    const number = !m.style.numbered ? '' : i.group ? `${'一二三四五六七八九十'[group++ % 10]}、` : `${++item}.`;
    if (i.group) item = 0;
    return { key: i.group ? undefined : i.id, label: number + i.label, unit: i.group ? '' : (i.unit ?? ''), value: i.group ? '' : text(i.id) };
  });
  if (layout !== 'tabs') {
    const r = renderRows(rows, layout);
    const at = new Map<string, { line: number; column: number }>();
    rows.forEach((row, i) => row.key && at.set(row.key, r.positions[i]));
    return { text: r.text, kind: layout === 'gfm' ? 'markdown' : 'text', at };
  }
  const w = new Writer().text(`${m.agency}${m.year}年政府信息公开工作年度报告`, '', '本报告根据《中华人民共和国政府信息公开条例》编制。', '', '附件', '');
  w.text(...def.header.slice(0, 3).map((h) => `\t${h}`), '');
  for (const row of rows) {
    w.row([{ text: row.label }], '', '\t');
    w.row([{ text: row.unit || '\u00a0' }], '', '\t');
    w.row([{ text: row.value || '\u00a0', key: row.key }], '', '\t');
    w.text('');
  }
  return w.text('（完）').done('text');
}
