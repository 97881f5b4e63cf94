import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HELP, parseCliOptions, UsageError, type CliOptions } from './cli-options.js';
import { escapeControls } from './format/sanitize.js';
import type { ResultList } from './result-list.js';
import { MAX_BASELINE_FILE, readSmallFile } from './small-file.js';
import { batched, writeChunksToFile } from './write-chunks.js';

/** The only module that touches the process: argv in, text out, an exit code back. */
export async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliOptions(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`disclosure-lint: ${error.message}\n\n${HELP}`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  try {
    if (options.command === 'init') return await init();
    if (options.command === 'explain') return await explain(options.explain!, options.lang ?? 'zh');
    if (options.printConfig) return await printConfig(options);
    return await run(options);
  } catch (error) {
    const { ConfigError } = await import('./config/types.js');
    if (error instanceof ConfigError) {
      process.stderr.write(`disclosure-lint: ${error.message}\n`);
      return 2;
    }
    const detail = options.debug && error instanceof Error ? error.stack : String((error as Error)?.message ?? error);
    process.stderr.write(`disclosure-lint: internal error: ${detail}\n`);
    if (!options.debug) process.stderr.write('Run again with --debug for details.\n');
    return 2;
  }
}

function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

async function run(options: CliOptions): Promise<number> {
  // Loaded here so that --version and --help start without the parsers.
  const { lintRun } = await import('./lint-paths.js');
  const { progressBar } = await import('./progress.js');
  const cwd = process.cwd();
  const progress = progressBar(process.stderr, !options.quiet);
  const run = await lintRun(options.patterns, {
    cwd,
    lang: options.lang,
    rules: options.rules,
    configFile: options.config,
    useConfigFiles: options.configLookup,
    // The html page shows each report's tables and prose, which other formats do not need.
    includeView: options.outputs.some((o) => o.format === 'html'),
    concurrency: options.concurrency,
    keepWorkers: false,
    shard: options.shard,
    cache: options.cache,
    // A sweep of a province's reports runs in the memory of a few hundred: the rest of the
    // results and facts wait in temporary files until the output is written.
    resultsInMemory: IN_MEMORY,
    factsInMemory: IN_MEMORY,
    onWarning: (message) => process.stderr.write(`disclosure-lint: ${escapeControls(message)}\n`),
    onProgress: progress && ((done, total) => progress.update(done, total)),
  });
  progress?.finish();
  try {
    return await output(run.results, options, cwd);
  } finally {
    run.close();
  }
}

/** Results and facts the command line holds in memory; past these, they go to temporary files. */
const IN_MEMORY = 200;

async function output(linted: ResultList, options: CliOptions, cwd: string): Promise<number> {
  const { FORMATTERS } = await import('./format/index.js');
  const { applyBaseline, buildBaseline, DEFAULT_BASELINE, parseBaseline } = await import('./baseline.js');
  const { mapResults } = await import('./result-list.js');
  let results = linted;
  const baselinePath = path.resolve(cwd, options.baseline ?? DEFAULT_BASELINE);
  if (options.baselineWrite) {
    const baseline = buildBaseline(results, cwd);
    writeFileSync(baselinePath, JSON.stringify(baseline, null, 2) + '\n');
    process.stderr.write(`disclosure-lint: ${path.relative(cwd, baselinePath)} written\n`);
    results = applyBaseline(results, baseline, cwd);
  } else if (options.useBaseline && (options.baseline !== undefined || existsSync(baselinePath))) {
    let baseline;
    try {
      baseline = parseBaseline(readSmallFile(baselinePath, MAX_BASELINE_FILE));
    } catch (error) {
      process.stderr.write(`disclosure-lint: cannot use baseline ${baselinePath}: ${(error as Error).message}\n`);
      return 2;
    }
    results = applyBaseline(results, baseline, cwd);
  }
  const shown = options.quiet
    ? mapResults(results, (r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0 }))
    : results;
  const lang = options.lang ?? 'zh';
  for (const out of options.outputs) {
    const formatter = FORMATTERS[out.format];
    if (!formatter) throw new UsageError(`format "${out.format}" is not available in this build`);
    const color = out.file === undefined && (options.color ?? defaultColor());
    const chunks = formatter(shown, { lang, cwd, color, quiet: options.quiet, version: version() });
    if (out.file === undefined) {
      for (const piece of batched(chunks)) process.stdout.write(piece);
      continue;
    }
    try {
      writeChunksToFile(path.resolve(cwd, out.file), chunks);
    } catch (error) {
      // The pieces are made while the file is written: a failure to make them is not the file's.
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      process.stderr.write(`disclosure-lint: cannot write ${out.file}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  return exitCode(results, options);
}

function exitCode(results: ResultList, options: CliOptions): number {
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
  }
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(
      (options.lang ?? 'zh') === 'zh'
        ? `disclosure-lint: 警告 ${warnings} 个，超过了 --max-warnings ${options.maxWarnings}\n`
        : `disclosure-lint: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`,
    );
    return 1;
  }
  return 0;
}

async function printConfig(options: CliOptions): Promise<number> {
  const { configFor } = await import('./lint-paths.js');
  const config = await configFor(options.printConfig!, {
    lang: options.lang,
    rules: options.rules,
    configFile: options.config,
    useConfigFiles: options.configLookup,
  });
  process.stdout.write(JSON.stringify(config, null, 2) + '\n');
  return 0;
}

async function explain(id: string, lang: 'zh' | 'en'): Promise<number> {
  const { closeRuleIds, explainRule } = await import('./docs/explain.js');
  const text = explainRule(id, lang);
  if (text !== undefined) {
    process.stdout.write(text);
    return 0;
  }
  const close = closeRuleIds(id);
  const hint = close.length > 0 ? (lang === 'zh' ? `；是否要找：${close.join(', ')}` : `; did you mean: ${close.join(', ')}`) : '';
  process.stderr.write(`disclosure-lint: ${lang === 'zh' ? `没有规则“${id}”` : `unknown rule "${id}"`}${hint}\n`);
  return 2;
}

async function init(): Promise<number> {
  const { writeStarterFiles } = await import('./init.js');
  for (const line of writeStarterFiles(process.cwd())) process.stdout.write(`${line}\n`);
  return 0;
}

function defaultColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}
