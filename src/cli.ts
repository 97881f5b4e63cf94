import { readFileSync, writeFileSync } from 'node:fs';
import { HELP, parseCliOptions, UsageError, type CliOptions } from './cli-options.js';

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
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  try {
    return await run(options);
  } catch (error) {
    const detail = options.debug && error instanceof Error ? error.stack : String((error as Error)?.message ?? error);
    process.stderr.write(`disclosure-lint: internal error: ${detail}\n`);
    if (!options.debug) process.stderr.write('Run again with --debug for details.\n');
    return 2;
  }
}

async function run(options: CliOptions): Promise<number> {
  // Loaded here so that --version and --help start without the parsers.
  const { lint } = await import('./api.js');
  const { formatStylish } = await import('./format/stylish.js');
  const { formatJson } = await import('./format/json.js');
  const cwd = process.cwd();
  const results = await lint(options.patterns, { lang: options.lang, rules: options.rules, cwd });
  const shown = options.quiet
    ? results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0 }))
    : results;
  const color = options.outputFile === undefined && (options.color ?? defaultColor());
  const text =
    options.format === 'json'
      ? formatJson(shown)
      : formatStylish(shown, { lang: options.lang, color, cwd, quiet: options.quiet });
  if (options.outputFile) {
    try {
      writeFileSync(options.outputFile, text);
    } catch (error) {
      process.stderr.write(`disclosure-lint: cannot write ${options.outputFile}: ${(error as Error).message}\n`);
      return 2;
    }
  } else {
    process.stdout.write(text);
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(
      options.lang === 'zh'
        ? `disclosure-lint: 警告 ${warnings} 个，超过了 --max-warnings ${options.maxWarnings}\n`
        : `disclosure-lint: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`,
    );
    return 1;
  }
  return 0;
}

function defaultColor(): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}
