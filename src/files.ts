import { statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { INPUT_KINDS } from './extract/input-kinds.js';

export type FileTarget =
  | { kind: 'file'; path: string; explicit: boolean }
  /** A path or pattern that named no report file: it still gets a result of its own. */
  | { kind: 'missing'; path: string; reason: 'not-found' | 'no-files' | 'unreadable'; detail?: string };

export const REPORT_EXTENSIONS = Object.keys(INPUT_KINDS);
const DEFAULT_IGNORE = ['**/node_modules/**', '**/.git/**', '**/README*', '**/CHANGELOG*', '**/LICENSE*'];

/**
 * Paths, directories and globs → the files to lint, sorted and without duplicates.
 * A file named explicitly is linted whatever its extension; directories and globs pick
 * the report extensions only.
 */
export function resolveTargets(patterns: string[], cwd: string): FileTarget[] {
  const inputs = patterns.length > 0 ? patterns : ['.'];
  const files = new Map<string, boolean>();
  const missing: FileTarget[] = [];
  const exts = REPORT_EXTENSIONS.map((e) => e.slice(1)).join(',');
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      stat = undefined;
      if (!fg.isDynamicPattern(input)) {
        missing.push({ kind: 'missing', path: absolute, reason: 'not-found', detail: (error as NodeJS.ErrnoException).code });
        continue;
      }
    }
    if (stat?.isFile()) {
      files.set(absolute, true);
      continue;
    }
    const reports = stat?.isDirectory()
      ? fg.sync(`**/*.{${exts}}`, { cwd: absolute, absolute: true, ignore: DEFAULT_IGNORE, suppressErrors: true })
      : fg.sync(input.replace(/\\/g, '/'), { cwd, absolute: true, ignore: DEFAULT_IGNORE, suppressErrors: true });
    if (reports.length === 0) missing.push({ kind: 'missing', path: absolute, reason: 'no-files' });
    for (const f of reports) {
      const p = path.normalize(f);
      if (!files.has(p)) files.set(p, false);
    }
  }
  const sorted = [...files.keys()].sort();
  return [...sorted.map((p): FileTarget => ({ kind: 'file', path: p, explicit: files.get(p)! })), ...missing];
}
