import { sameAsLast, type ReportFacts } from './report-facts.js';
import type { FileResult } from './result.js';

/**
 * One copy of the strings every report repeats (item keys and names, format, encoding) for
 * results and facts that arrive as copies: from a worker thread (structured clone) or from the
 * cache file. Copied, the facts of the 1,000 reports kept in memory held 200 copies each of the
 * same keys and names of a 2021 report, about 13 MB of the main thread's heap. Names come from
 * the templates, so there are a few hundred; the table is cleared if a strange input fills it.
 */
const table = new Map<string, string>();
const LIMIT = 20_000;

export function shared(s: string): string {
  const known = table.get(s);
  if (known !== undefined) return known;
  if (table.size >= LIMIT) table.clear();
  table.set(s, s);
  return s;
}

/**
 * Every string of a tree of plain data (a pack's checks, a narrative mapping) replaced, in place,
 * by its shared copy. Item keys are looked up in a report's values for every check of every
 * report; a Map compares a key it is handed with a stored one by content unless they are the
 * same string (about 45 ns against 10), so the keys of the packs and those of the bound values
 * are made the same strings.
 */
export function shareStringsIn<T>(value: T): T {
  if (typeof value === 'string') return shared(value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = shareStringsIn(value[i]);
  } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(record)) record[k] = shareStringsIn(v);
  }
  return value;
}

/** The facts with their keys and names shared (in place), and their list of keys shared with alike reports'. */
export function shareFactStrings(facts: ReportFacts): ReportFacts {
  facts.keys = sameAsLast(facts.keys.map(shared));
  for (const cell of facts.cells) {
    cell.key = shared(cell.key);
    cell.label = shared(cell.label);
  }
  facts.format = shared(facts.format);
  return facts;
}

/** A result's format and encoding shared (in place); its path is the job's own string. */
export function shareResultStrings(result: FileResult, path: string): FileResult {
  if (result.filePath === path) result.filePath = path;
  result.format = shared(result.format);
  if (result.encoding !== undefined) result.encoding = shared(result.encoding);
  return result;
}
