import type { Lang } from '../check/types.js';

/**
 * Where a finding is, in the terms of the program the file is opened in (src/extract/docx.ts,
 * spreadsheet.ts): `表2 第6行第10列「16」`, `'表三'!J8`, `第3段`. Empty for text files, whose
 * line:column already says it.
 */
export function locationText(location: Record<string, unknown> | undefined, lang: Lang): string {
  if (!location) return '';
  const zh = lang === 'zh';
  const file = typeof location.file === 'string' ? `${location.file} ` : '';
  const text = typeof location.text === 'string' && location.text !== '' ? (zh ? `「${location.text}」` : ` “${location.text}”`) : '';
  let where: string;
  if (location.unit === 'docx' && location.table !== undefined) {
    where = zh ? `表${location.table} 第${location.row}行第${location.column}列${text}` : `table ${location.table}, row ${location.row}, column ${location.column}${text}`;
  } else if (location.unit === 'docx') {
    where = zh ? `第${location.paragraph}段${text}` : `paragraph ${location.paragraph}${text}`;
  } else if (location.unit === 'xlsx' || location.unit === 'csv') {
    where = `${String(location.ref ?? location.cell)}${text}`;
  } else if (location.line !== undefined) {
    where = zh ? `第${location.line}行第${location.column}列` : `line ${location.line}, column ${location.column}`;
  } else return '';
  return zh ? `（位置：${file}${where}）` : ` (at ${file}${where})`;
}
