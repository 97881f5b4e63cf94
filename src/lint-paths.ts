import path from 'node:path';
import type { Lang } from './check/types.js';
import { findConfig, loadConfigFile } from './config/load.js';
import { ResultCache } from './cache.js';
import { crossYearFindings, withFindings } from './cross-year/index.js';
import { FactStore } from './fact-store.js';
import { lintJobs, workerCount, type Concurrency } from './parallel.js';
import type { LintJob } from './lint-target.js';
import { configKey, effectiveConfig, isIgnored } from './config/resolve.js';
import { ConfigError, type EffectiveConfig, type LoadedConfig } from './config/types.js';
import { pairCompanions } from './extract/companions.js';
import { resolveTargets } from './files.js';
import { loadIgnoreFile } from './ignore-file.js';
import { takeFacts, type LintOptions } from './lint-source.js';
import type { Severity } from './packs.js';
import type { FileResult } from './result.js';
import type { ResultList } from './result-list.js';
import { ResultStore } from './result-store.js';


export interface ApiOptions {
  cwd?: string;
  /** Message language; overrides the config's. */
  lang?: Lang;
  /** Severity per rule id; overrides the config's. */
  rules?: Record<string, Severity>;
  /** Use this config file for every file instead of looking one up next to each file. */
  configFile?: string;
  /** false: no config file lookup at all. */
  useConfigFiles?: boolean;
  /** Worker threads: a number, 'auto' (the default: the machine's cores, for large runs) or 'off'. */
  concurrency?: Concurrency;
  /**
   * Keep the worker threads, idle, for the next call (the default; they go after 10 s or on
   * closeIdleWorkers()). The CLI, which lints once, ends them at once: an idle worker's heap
   * would otherwise still count while the output is written.
   */
  keepWorkers?: boolean;
  /** Lint only part `index` (1-based) of `count` equal parts of the files, for a CI matrix. */
  shard?: { index: number; count: number };
  /** Add each report's rebuilt tables and prose to its result (`view`), as the html format needs. */
  includeView?: boolean;
  /** Called after each file, e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Reuse the results of earlier runs for files whose content, options and tool are unchanged:
   * the cache file, or a directory to hold `.disclosurelintcache` (relative to `cwd`).
   */
  cache?: string;
  /** Called with a problem that does not stop the run (the cache could not be written). */
  onWarning?: (message: string) => void;
  /**
   * How many reports' cross-year facts to hold in memory before the rest go to a temporary file
   * (src/fact-store.ts; default 1,000). 0 spills every one, as the tests do.
   */
  factsInMemory?: number;
}

/**
 * The files of shard `index` of `count`: every count-th file, so shards are balanced and a
 * file is in exactly one shard (files are sorted, so the split is the same on every runner).
 */
export function shardOf(files: number, shard?: { index: number; count: number }): number[] {
  const all = Array.from({ length: files }, (_, i) => i);
  return shard ? all.filter((i) => i % shard.count === shard.index - 1) : all;
}

const LANGS: Lang[] = ['zh', 'en'];

/** Largest input file, unless the config says otherwise (maxFileSize). */
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

/**
 * Lints files, directories and globs. Each file gets the config found walking up from its
 * directory (or `configFile`). Every input is accounted for: a path that cannot be read or
 * that holds no report gets a result with a fatal message of its own. Throws ConfigError
 * for an invalid config (the CLI exits 2).
 */
export async function lint(patterns: string[], options: ApiOptions = {}): Promise<FileResult[]> {
  const run = await lintRun(patterns, options);
  try {
    return [...run.results];
  } finally {
    run.close();
  }
}

/** A finished run: its results, in file order, readable as often as needed until close(). */
export interface LintRun {
  results: ResultList;
  close(): void;
}

/** A report with cross-year facts: its place among the results of the run, and its file. */
type ReportRef = { index: number; filePath: string };

/**
 * lint() for a caller that need not hold every result at once (the command line): past
 * `resultsInMemory` results, the rest wait in a temporary file (src/result-store.ts) until read.
 */
export async function lintRun(patterns: string[], options: ApiOptions & { resultsInMemory?: number } = {}): Promise<LintRun> {
  // The CLI and config files are validated; a caller of the library may pass anything.
  if (options.lang !== undefined && !LANGS.includes(options.lang)) throw new ConfigError(`lang must be ${LANGS.join(' or ')}, not "${String(options.lang)}"`);
  const cwd = options.cwd ?? process.cwd();
  // A .docx and the spreadsheet of the same name are one report (src/extract/companions.ts).
  const targets = pairCompanions(resolveTargets(patterns, cwd));
  const fixed = options.configFile ? await loadConfigFile(path.resolve(cwd, options.configFile)) : undefined;
  const cache = new Map<string, LoadedConfig | null>();
  const ignoredByFile = loadIgnoreFile(cwd);
  // One file at a time: office files can be large once unpacked, so they are not all held at once.
  const jobs: LintJob[] = [];
  const configs: EffectiveConfig[] = [];
  // Files with the same configuration share one config and one options object: a sweep of
  // 10,000 files held 10,000 copies of the same few objects until the end of the run.
  const shared = new Map<string, { config: EffectiveConfig; options: LintOptions }>();
  for (const t of targets) {
    const loaded = fixed ?? (options.useConfigFiles === false ? null : await findConfig(path.dirname(t.path), cache));
    if (t.kind === 'file' && !t.explicit && (isIgnored(t.path, loaded) || ignoredByFile(t.path))) continue;
    const key = configKey(t.path, loaded);
    let known = shared.get(key);
    if (!known) {
      const config = effectiveConfig(t.path, loaded, { rules: options.rules ?? {}, lang: options.lang });
      const base = lintOptions(config);
      // The object literal itself when it can be: an object made by a spread has a hidden class
      // V8 holds only weakly, made anew once the last run's objects are gone, and the linting
      // code optimised for the old one is then thrown away at every lint() call.
      known = { config, options: options.includeView ? { ...base, includeView: true } : base };
      shared.set(key, known);
    }
    jobs.push({ target: t, options: known.options, maxFileSize: known.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE });
    configs.push(known.config);
  }
  const mine = shardOf(jobs.length, options.shard);
  const configOf = (ref: ReportRef) => configs[mine[ref.index]];
  const facts = new FactStore<ReportRef>(options.factsInMemory);
  const results = new ResultStore(mine.length, options.resultsInMemory);
  try {
    await lintWithCache(mine.map((i) => jobs[i]), options, cwd, facts, results);
    // Reports of one body for consecutive years, linted together, are also checked against each other.
    const found = crossYearFindings(facts, (ref, id) => configOf(ref).rules[id], (ref) => configOf(ref).lang ?? 'zh');
    const added = new Map([...found].map(([ref, messages]) => [ref.index, messages]));
    return { results: results.list((r, i) => withFindings(r, added.get(i))), close: () => results.close() };
  } catch (error) {
    results.close();
    throw error;
  } finally {
    facts.close();
  }
}

/**
 * Lints jobs into `results`, taking what it can from the cache (when asked for one) and storing
 * the rest in it. Each result's cross-year facts go to `facts` as soon as it comes in.
 */
async function lintWithCache(jobs: LintJob[], options: ApiOptions, cwd: string, facts: FactStore<ReportRef>, results: ResultStore): Promise<void> {
  const cache = options.cache === undefined ? undefined : ResultCache.open(path.resolve(cwd, options.cache));
  const take = (index: number, result: FileResult) => {
    facts.add({ index, filePath: result.filePath }, takeFacts(result));
    results.set(index, result);
  };
  const todo: number[] = [];
  jobs.forEach((job, i) => {
    const hit = cache?.lookup(job);
    if (hit) take(i, hit);
    else todo.push(i);
  });
  const hits = jobs.length - todo.length;
  if (hits > 0) options.onProgress?.(hits, jobs.length);
  const keepWorkers = options.keepWorkers ?? true;
  const threads = workerCount(todo.length, options.concurrency, !keepWorkers);
  await lintJobs(todo.map((i) => jobs[i]), threads, keepWorkers, (k, result, done) => {
    const i = todo[k];
    cache?.store(jobs[i], result);
    take(i, result);
    options.onProgress?.(hits + done, jobs.length);
  });
  if (cache) {
    try {
      cache.save();
    } catch (error) {
      options.onWarning?.(`cannot write the cache ${cache.file}: ${(error as Error).message}`);
    }
  }
}

/** The configuration that applies to one file (what --print-config shows). */
export async function configFor(file: string, options: ApiOptions = {}): Promise<EffectiveConfig> {
  const cwd = options.cwd ?? process.cwd();
  const absolute = path.resolve(cwd, file);
  const loaded = options.configFile
    ? await loadConfigFile(path.resolve(cwd, options.configFile))
    : options.useConfigFiles === false
      ? null
      : await findConfig(path.dirname(absolute), new Map());
  return effectiveConfig(absolute, loaded, { rules: options.rules ?? {}, lang: options.lang });
}

function lintOptions(config: EffectiveConfig): LintOptions {
  return {
    lang: config.lang ?? 'zh',
    rules: config.rules,
    settings: {
      formats: config.formats,
      agency: config.agency,
      tolerance: config.tolerance,
      ruleOptions: config.ruleOptions,
      noInlineConfig: config.noInlineConfig,
      requireDirectiveReason: config.requireDirectiveReason,
      reportUnusedDirectives: config.reportUnusedDirectives,
    },
    limits: {
      ...(config.maxUnpackedSize !== undefined ? { maxUnpackedSize: config.maxUnpackedSize } : {}),
      ...(config.maxZipEntries !== undefined ? { maxZipEntries: config.maxZipEntries } : {}),
    },
  };
}

