import { statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { REPORT_EXTENSIONS } from './extract/input-kinds.js';

export type FileTarget =
  | { kind: 'file'; path: string; explicit: boolean }
  /** A path or pattern that named no report file: it still gets a result of its own. */
  | { kind: 'missing'; path: string; reason: 'not-found' | 'no-files' | 'unreadable'; detail?: string };

const DEFAULT_IGNORE = ['**/node_modules/**', '**/.git/**', '**/README*', '**/CHANGELOG*', '**/LICENSE*'];

/**
 * How directories and globs are walked. Symbolic links to directories are not followed: a link
 * to its own directory (or to a parent) made fast-glob walk an ever longer path, for ever. A link
 * to a file is linted as the file; a broken one is listed, so that reading it reports why.
 * Entries come with their type, so that a FIFO named like a report is not opened (it would
 * block), and a directory named `x.txt` is not taken for a file.
 */
const WALK = { absolute: true, ignore: DEFAULT_IGNORE, suppressErrors: true, objectMode: true, onlyFiles: false, followSymbolicLinks: false } as const;

function entryKind(dirent: fg.Entry['dirent'], absolute: string): 'file' | 'directory' | 'other' {
  if (dirent.isFile()) return 'file';
  if (dirent.isDirectory()) return 'directory';
  if (!dirent.isSymbolicLink()) return 'other';
  try {
    const target = statSync(absolute);
    return target.isFile() ? 'file' : target.isDirectory() ? 'directory' : 'other';
  } catch {
    // A broken link or a link loop: listed, and reading it gives the error.
    return 'file';
  }
}

function notRegular(absolute: string): FileTarget {
  return { kind: 'missing', path: absolute, reason: 'unreadable', detail: 'not a regular file' };
}

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
    if (stat && !stat.isDirectory()) {
      // A FIFO, socket or device: reading it could block for ever or never end.
      missing.push(notRegular(absolute));
      continue;
    }
    const entries = stat
      ? fg.sync(`**/*.{${exts}}`, { ...WALK, cwd: absolute })
      : fg.sync(input.replace(/\\/g, '/'), { ...WALK, cwd });
    let matched = 0;
    for (const entry of entries) {
      const p = path.normalize(entry.path);
      const kind = entryKind(entry.dirent, p);
      if (kind === 'directory') continue;
      matched++;
      if (kind === 'other') missing.push(notRegular(p));
      else if (!files.has(p)) files.set(p, false);
    }
    if (matched === 0) missing.push({ kind: 'missing', path: absolute, reason: 'no-files' });
  }
  const sorted = [...files.keys()].sort();
  // Paths that gave no file are reported once each and in a fixed order too, so that the output
  // does not depend on the order of the arguments.
  const unique = new Map(missing.map((m) => [m.path, m]));
  const absent = [...unique.keys()].filter((p) => !files.has(p)).sort().map((p) => unique.get(p)!);
  return [...sorted.map((p): FileTarget => ({ kind: 'file', path: p, explicit: files.get(p)! })), ...absent];
}
