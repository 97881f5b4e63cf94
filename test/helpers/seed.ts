import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCellPerLine } from '../../src/extract/cell-per-line.js';
import { SourceText } from '../../src/source-text.js';

/** The real 2018 township report the project started from, read from ../shared (never copied). */
export const SEED_PATH = fileURLToPath(new URL('../../../shared/seed/000_c10322cb3b2315db.txt', import.meta.url));

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

export interface SeedRow {
  label: string;
  unit: string;
  value: string;
  /** 1-based line and column of the value cell in the seed. */
  line: number;
  column: number;
}

/** The seed's statistics table as rows (label, unit, value), read with the cell-per-line reader. */
export function seedRows(): { rows: SeedRow[]; firstLine: number; lastLine: number } {
  const source = new SourceText(seedText());
  let i = 0;
  while (!source.line(i).startsWith('\t')) i++;
  const found = readCellPerLine(source, i, source.lineCount)!;
  const rows = found.table.rows.slice(1).map((cells) => ({
    label: cells[0].text,
    unit: cells[1]?.text ?? '',
    value: cells[2]?.text ?? '',
    line: cells[2]?.span.start.line ?? 0,
    column: cells[2]?.span.start.column ?? 0,
  }));
  return { rows, firstLine: i + 1, lastLine: found.next };
}

/** Replaces the value cell on a 1-based line of the seed (the line holds only that cell). */
export function editSeedLine(text: string, line: number, newValue: string): string {
  const lines = text.split('\n');
  lines[line - 1] = lines[line - 1].replace(/^(\t\s*)\S.*$/, `$1${newValue}`);
  return lines.join('\n');
}
