import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The naming convention for a report kept in two files: a Word narrative and, beside it, a
 * spreadsheet with the same name holding the statistics table (`2023年报.docx` +
 * `2023年报.xlsx` or `2023年报.csv`). The pair is linted as one report under the Word file's
 * name; the spreadsheet is then not linted again on its own.
 */
const NARRATIVE = new Set(['.docx']);
const TABLES = ['.xlsx', '.csv'];

/** The spreadsheets that belong to a Word report by name (only the first one found is used). */
export function companionsOf(file: string, exists: (p: string) => boolean = existsSync): string[] {
  const ext = path.extname(file);
  if (!NARRATIVE.has(ext.toLowerCase())) return [];
  const stem = file.slice(0, file.length - ext.length);
  const found = [...TABLES, ...TABLES.map((e) => e.toUpperCase())].map((e) => stem + e).find(exists);
  return found ? [found] : [];
}

/**
 * Attaches to each Word file its companion spreadsheet and drops the spreadsheet from the
 * list when it is there too (a directory was linted), so that no file is reported twice.
 */
export function pairCompanions<T extends { kind: string; path: string }>(targets: T[], exists?: (p: string) => boolean): Array<T & { companions?: string[] }> {
  // Only a Word file with a spreadsheet beside it gets a copy: V8 (Node 20) gives each object
  // spread and then given a new property a hidden class of its own, one per file of a sweep.
  const paired: Array<T & { companions?: string[] }> = targets.map((t) => {
    const companions = t.kind === 'file' ? companionsOf(t.path, exists) : [];
    return companions.length > 0 ? { ...t, companions } : t;
  });
  const taken = new Set(paired.flatMap((t) => t.companions ?? []).map((p) => path.resolve(p)));
  // No Word file with a spreadsheet (most runs): nothing to drop, and no path to resolve per file
  // while the workers wait for the list.
  if (taken.size === 0) return paired;
  return paired.filter((t) => t.kind !== 'file' || !taken.has(path.resolve(t.path)));
}
