import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintJob } from './lint-target.js';
import { factsOf, setFacts } from './lint-source.js';
import { factsFromJson, factsToJson, type ReportFactsJson } from './report-facts.js';
import type { FileResult } from './result.js';
import { RULES_DIR } from './rule-files.js';

/** The cache file's name when --cache-location names a directory or is not given (as .eslintcache). */
export const DEFAULT_CACHE_FILE = '.disclosurelintcache';

/** Bump when the entry layout changes: an older file is then ignored. */
const LAYOUT = 1;

interface Entry {
  /** Hash of the bytes linted (the file and its companions) and of the options that applied. */
  hash: string;
  /** The result without its path, which is the entry's key. */
  result: Omit<FileResult, 'filePath'>;
  facts?: ReportFactsJson;
}


interface CacheFile {
  layout: number;
  tool: string;
  entries: Record<string, Entry>;
}

/**
 * Results of earlier runs keyed on content, not on modification times: a CI checkout gives every
 * file a new mtime, so only the bytes, the options that applied to the file and the tool itself
 * (version, rule files, code) decide whether a stored result still holds. Entries are stored under
 * the file's path relative to the cache's directory, so a cache restored into another checkout
 * path still hits. Cross-year checks run on every run, from the facts stored with each result.
 */
export class ResultCache {
  // A Map, not an object: a file named __proto__ is a path like any other.
  private entries = new Map<string, Entry>();
  private readonly dir: string;
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly tool: string,
  ) {
    this.dir = path.dirname(file);
  }

  /** Opens the cache at `location` (a file, or a directory to hold DEFAULT_CACHE_FILE). An unreadable or foreign file starts an empty cache. */
  static open(location: string): ResultCache {
    const file = existsSync(location) && statSync(location).isDirectory() ? path.join(location, DEFAULT_CACHE_FILE) : location;
    const cache = new ResultCache(file, toolFingerprint());
    try {
      // Only a regular file: a cache path that is a link to /dev/zero or a FIFO would hang the run.
      if (!statSync(file).isFile()) return cache;
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (stored.layout === LAYOUT && stored.tool === cache.tool && stored.entries && typeof stored.entries === 'object') cache.entries = new Map(Object.entries(stored.entries));
    } catch {
      // No cache yet, or one this version cannot use: every file is linted.
    }
    return cache;
  }

  /** The stored result for a job, when its file still has the bytes it was linted with; undefined otherwise. */
  lookup(job: LintJob): FileResult | undefined {
    const hash = jobHash(job);
    if (!hash) return undefined;
    const entry = this.entries.get(this.keyOf(job.target.path));
    if (!entry || entry.hash !== hash) return undefined;
    const result: FileResult = { filePath: job.target.path, ...entry.result };
    if (entry.facts) setFacts(result, factsFromJson(entry.facts));
    return result;
  }

  /** Stores a fresh result (before any cross-file check adds to it). */
  store(job: LintJob, result: FileResult): void {
    const hash = jobHash(job);
    if (!hash) return;
    const facts = factsOf(result);
    const { filePath: _path, ...rest } = result;
    this.entries.set(this.keyOf(job.target.path), {
      hash,
      result: rest,
      ...(facts ? { facts: factsToJson(facts) } : {}),
    });
    this.changed = true;
  }

  /**
   * Writes the cache (to a temporary file renamed over it, so a run killed midway leaves the old
   * one whole). Entries of files that no longer exist are dropped; those of files this run did
   * not lint (another shard's, another directory's) are kept.
   */
  save(): void {
    for (const key of [...this.entries.keys()]) {
      if (!existsSync(path.resolve(this.dir, key))) {
        this.entries.delete(key);
        this.changed = true;
      }
    }
    if (!this.changed && existsSync(this.file)) return;
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const content: CacheFile = { layout: LAYOUT, tool: this.tool, entries: Object.fromEntries(this.entries) };
    writeFileSync(temporary, JSON.stringify(content));
    renameSync(temporary, this.file);
  }

  private keyOf(file: string): string {
    return path.relative(this.dir, file).split(path.sep).join('/');
  }
}

/** Hash of what a job's result depends on; undefined when the file cannot be read (its result is not cached). */
function jobHash(job: LintJob): string | undefined {
  if (job.target.kind !== 'file') return undefined;
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ options: job.options, maxFileSize: job.maxFileSize }));
  try {
    for (const file of [job.target.path, ...(job.target.companions ?? [])]) {
      const bytes = readFileSync(file);
      hash.update(`\0${path.basename(file)}\0${bytes.length}\0`);
      hash.update(bytes);
    }
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

let fingerprint: string | undefined;

/**
 * What identifies the tool that made a result: its version, and the size and modification time of
 * its code and rule files. A rebuild (new mtimes) or an upgrade empties the cache; the files of an
 * installed package keep fixed mtimes, so repeated installs of one version share it.
 */
export function toolFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const rules = fileURLToPath(RULES_DIR);
  const files = [
    path.join(here, '..', 'package.json'),
    ...readdirSync(here, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)),
    ...readdirSync(rules).map((f) => path.join(rules, f)),
  ].sort();
  for (const file of files) {
    try {
      const stat = statSync(file);
      if (stat.isFile()) hash.update(`${path.basename(file)}\0${stat.size}\0${stat.mtimeMs}\0`);
    } catch {
      // A file removed meanwhile changes the fingerprint by its absence.
    }
  }
  fingerprint = hash.digest('hex').slice(0, 32);
  return fingerprint;
}
