import type { SeedRow } from './seed.js';

/** A report text plus, per table row, where its value cell landed (1-based line, column). */
export interface Rendered {
  text: string;
  positions: Array<{ line: number; column: number }>;
}

type Row = Pick<SeedRow, 'label' | 'unit' | 'value'>;

const PROSE = ['某镇2018年政府信息公开工作年度报告', '', '本报告根据《政府信息公开条例》编制。', '', '附件：政府信息公开情况统计表', ''];

/** Lays the rows out as a GFM pipe table, plain pipe rows or space-aligned columns. */
export function render(rows: Row[], layout: 'gfm' | 'pipes' | 'columns'): Rendered {
  const lines = [...PROSE];
  const positions: Rendered['positions'] = [];
  if (layout === 'gfm') lines.push('| 统计指标 | 单位 | 统计数 |', '| --- | --- | --- |');
  else if (layout === 'pipes') lines.push('统计指标 | 单位 | 统计数');
  else lines.push('统计指标    单位    统计数');
  rows.forEach((row, index) => {
    let prefix: string;
    let line: string;
    if (layout === 'gfm') {
      prefix = `| ${row.label} | ${row.unit} | `;
      line = `${prefix}${row.value} |`;
    } else if (layout === 'pipes') {
      // Alternate the two styles seen on pages: with and without outer pipes.
      prefix = index % 2 === 0 ? `| ${row.label} | ${row.unit} | ` : `${row.label} | ${row.unit} | `;
      line = index % 2 === 0 ? `${prefix}${row.value} |` : `${prefix}${row.value}`;
    } else if (row.unit === '' && row.value === '') {
      prefix = row.label;
      line = row.label;
    } else {
      prefix = `${row.label}    ${row.unit || '  '}    `;
      line = `${prefix}${row.value}`;
    }
    lines.push(line);
    positions.push({ line: lines.length, column: [...prefix].length + 1 });
  });
  lines.push('', '（完）', '');
  return { text: lines.join('\n'), positions };
}
