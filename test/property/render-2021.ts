import { table, type Model } from './arbitraries.js';
import { Writer, type Cell, type Rendered } from './writer.js';

export const F2021_LAYOUTS = ['gfm', 'pipes', 'cells', 'pdf'] as const;
export type F2021Layout = (typeof F2021_LAYOUTS)[number];

/**
 * A 2021-format report in the layouts of examples/2021/: `gfm` (clean.md), `pipes` (clean.txt,
 * grouped rows flattened), `cells` (clean-cells.txt: one cell per line between blank lines) and
 * `pdf` (clean-pdf.txt: single spaces, table 四's header one character per line). Every label
 * and header word comes from rules/f2021.yaml.
 */
export function render2021(m: Model, layout: F2021Layout, text: (key: string) => string): Rendered {
  const w = new Writer();
  const md = layout === 'gfm';
  w.text(`${md ? '# ' : ''}${m.agency}${m.year}年政府信息公开工作年度报告`, '', '本报告根据《中华人民共和国政府信息公开条例》编制，所列数据均为本机关本年度数据。', '');
  for (const id of ['t2', 't3', 't4']) {
    w.text(`${md ? '## ' : ''}${table(m.pack, id).title.zh}`, '');
    const rows = id === 't2' ? table2(m, text) : id === 't3' ? table3(m, text) : table4(m, text, layout);
    emit(w, rows, layout);
    w.text('');
  }
  w.text(m.agency);
  return w.done(md ? 'markdown' : 'text');
}

/** Rows of cells; `width` pads GFM rows to the table's column count. */
type Rows = { width: number; rows: Cell[][]; lines?: string[] };

function emit(w: Writer, t: Rows, layout: F2021Layout) {
  t.rows.forEach((row, i) => {
    if (layout === 'gfm') {
      const padded = [...row, ...Array.from({ length: t.width - row.length }, () => ({ text: '' }))];
      w.row(padded, ' | ', '| ', ' |');
      if (i === 0) w.text(`|${' --- |'.repeat(t.width)}`);
    } else if (layout === 'pipes') {
      w.row(row.filter((c) => c.text !== ''), ' | ', '', ' |');
    } else if (layout === 'cells') {
      w.stream(row);
    } else if (row === t.rows[t.rows.length - 1] && t.lines) {
      // Table 四 in a PDF: the vertical header, then the one row of numbers.
      w.text(...t.lines).row(row, ' ');
    } else {
      w.row(row.filter((c) => c.text !== ''), ' ');
    }
  });
}

/** Table 二: a header row for each kind of sub-table, then its items. */
function table2(m: Model, text: (key: string) => string): Rows {
  const def = table(m.pack, 't2');
  const columnLabel = new Map(def.columns.map((c) => [c.id, c.labels[0]]));
  // Header words of the columns the pack does not define (本年处理决定数量, 本年收费金额) are its markers.
  const extra = (def.markers ?? []).filter((mk) => ![...columnLabel.values()].includes(mk));
  const rows: Cell[][] = [];
  let signature = '';
  for (const item of def.items) {
    const cols = item.columns ?? def.columns.map((c) => c.id);
    if (cols.join() !== signature) {
      signature = cols.join();
      const heads = cols.map((c) => columnLabel.get(c) ?? (c === 'amount' ? `${extra[1]}（单位：${item.unit}）` : extra[0]));
      rows.push([{ text: def.header[0] }, ...heads.map((h) => ({ text: h }))]);
    }
    rows.push([{ text: item.label }, ...cols.map((c) => ({ text: text(`${item.id}.${c}`), key: `${item.id}.${c}` }))]);
  }
  return { width: 4, rows };
}

/** Table 三: the applicant header, then each row; a group's label leads its first row. */
function table3(m: Model, text: (key: string) => string): Rows {
  const def = table(m.pack, 't3');
  const col = (id: string) => def.columns.find((c) => c.id === id)!.labels[0];
  const cols = def.columns.map((c) => c.id);
  const rows: Cell[][] = [
    [{ text: '' }, { text: '' }, { text: def.header[0] }],
    [{ text: '' }, { text: '' }, { text: col('np') }, { text: def.header[2] }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: col('total') }],
    [{ text: '' }, { text: '' }, { text: '' }, ...['biz', 'sci', 'ngo', 'law', 'other'].map((c) => ({ text: col(c) }))],
  ];
  let group: string | undefined;
  for (const item of def.items) {
    if (item.group) {
      group = item.label;
      continue;
    }
    const values = cols.map((c) => ({ text: text(`${item.id}.${c}`), key: `${item.id}.${c}` }));
    // 一、二、四、 head rows of their own (label, blank); the result rows sit under their group,
    // whose label leads the first of them.
    const topLevel = /^[一二三四五六七八九十]+、/.test(item.label);
    const lead: Cell[] = group ? [{ text: group }, { text: item.label }] : topLevel ? [{ text: item.label }, { text: '' }] : [{ text: '' }, { text: item.label }];
    rows.push([...lead, ...values]);
    group = undefined;
  }
  return { width: 9, rows };
}

/** Table 四: group headers, outcome headers, and the one row of 15 numbers. */
function table4(m: Model, text: (key: string) => string, layout: F2021Layout): Rows {
  const def = table(m.pack, 't4');
  const [review, litigation] = def.markers ?? [];
  const groups = [...new Set(def.items.map((i) => i.label.split('·')[0]))];
  const outcomes = [...new Set(def.items.map((i) => i.label.split('·')[1]))];
  const blank = (n: number): Cell[] => Array.from({ length: n }, () => ({ text: '' }));
  const words = (xs: string[]): Cell[] => xs.map((x) => ({ text: x }));
  const values = def.items.map((i) => ({ text: text(i.id), key: i.id }));
  if (layout === 'pdf') {
    // One character per line, a two-character word centred, as PDF-to-text gives narrow columns.
    const height = Math.max(...outcomes.map((o) => o.length));
    const lines = Array.from({ length: height }, (_, k) =>
      groups
        .flatMap(() => outcomes)
        .map((o) => o[k - Math.floor((height - o.length) / 2)] ?? '')
        .filter((ch) => ch !== '')
        .join(' '),
    );
    return { width: 15, rows: [words([review, litigation]), words(groups.slice(1)), values], lines };
  }
  return {
    width: 15,
    rows: [
      [...words([review]), ...blank(4), ...words([litigation]), ...blank(9)],
      [...words(outcomes), ...words([groups[1]]), ...blank(4), ...words([groups[2]]), ...blank(4)],
      [...blank(5), ...words(outcomes), ...words(outcomes)],
      values,
    ],
  };
}
