import { parseArgs } from 'node:util';
import type { Lang } from './check/types.js';
import type { Severity } from './packs.js';

/** Output formats; each may go to stdout or to a file of its own (`--format sarif:out.sarif`). */
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface OutputSpec {
  format: FormatName;
  /** undefined: standard output. */
  file?: string;
}

export interface CliOptions {
  command: 'lint' | 'init' | 'explain';
  /** The rule id after `explain`. */
  explain?: string;
  patterns: string[];
  outputs: OutputSpec[];
  maxWarnings?: number;
  quiet: boolean;
  lang?: Lang;
  rules: Record<string, Severity>;
  config?: string;
  configLookup: boolean;
  printConfig?: string;
  baseline?: string;
  baselineWrite: boolean;
  useBaseline: boolean;
  color?: boolean;
  /** Worker threads: a number, auto or off. */
  concurrency?: number | 'auto' | 'off';
  /** Part `index` (1-based) of `count`, for a CI matrix. */
  shard?: { index: number; count: number };
  /** --cache: where the cache is (file or directory), or undefined for no cache. */
  cache?: string;
  debug: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

/** argv → options, or a UsageError whose message is fit to print (exit code 2). */
export function parseCliOptions(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        lang: { type: 'string' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        'no-config-lookup': { type: 'boolean' },
        'print-config': { type: 'string' },
        baseline: { type: 'string' },
        'baseline-write': { type: 'boolean' },
        'no-baseline': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        concurrency: { type: 'string' },
        shard: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  const positionals = [...parsed.positionals];
  const command = positionals[0] === 'init' ? 'init' : positionals[0] === 'explain' ? 'explain' : 'lint';
  if (command !== 'lint') positionals.shift();
  if (command === 'explain' && positionals.length !== 1) throw new UsageError('explain needs one rule id, e.g. disclosure-lint explain F21-T3-COL');
  const lang = v.lang as Lang | undefined;
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') throw new UsageError(`unknown language "${v.lang}" (zh or en)`);
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings needs a whole number, got "${v['max-warnings']}"`);
  }
  return {
    command,
    ...(command === 'explain' ? { explain: positionals[0] } : {}),
    patterns: command === 'explain' ? [] : positionals,
    outputs: outputSpecs(v.format ?? [], v['output-file']),
    maxWarnings: maxWarnings === -1 ? undefined : maxWarnings,
    quiet: v.quiet ?? false,
    lang,
    rules: ruleSpecs(v.rule ?? []),
    config: v.config,
    configLookup: !v['no-config-lookup'],
    printConfig: v['print-config'],
    baseline: v.baseline,
    baselineWrite: v['baseline-write'] ?? false,
    useBaseline: !v['no-baseline'],
    color: v['no-color'] ? false : v.color,
    debug: v.debug ?? false,
    concurrency: concurrencyOption(v.concurrency),
    shard: shardOption(v.shard),
    // A directory (the default, the working directory) holds .disclosurelintcache.
    ...(v.cache ? { cache: v['cache-location'] ?? '.' } : {}),
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

/**
 * `-f json -o out.json` (ESLint's way) and `-f stylish -f sarif:out.sarif` (several formats in
 * one run): a format without a file goes to --output-file if given, else to stdout.
 */
function outputSpecs(formats: string[], outputFile: string | undefined): OutputSpec[] {
  const specs = (formats.length > 0 ? formats : ['stylish']).map((spec): OutputSpec => {
    const colon = spec.indexOf(':');
    const format = (colon < 0 ? spec : spec.slice(0, colon)) as FormatName;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (choose from: ${FORMATS.join(', ')})`);
    const file = colon < 0 ? undefined : spec.slice(colon + 1);
    if (file === '') throw new UsageError(`--format ${spec}: the file name after ":" is empty`);
    return { format, file };
  });
  const toStdout = specs.filter((s) => s.file === undefined);
  if (outputFile !== undefined) {
    if (toStdout.length !== 1) throw new UsageError('--output-file needs exactly one --format without its own ":file"');
    toStdout[0].file = outputFile;
  } else if (toStdout.length > 1) {
    throw new UsageError('only one format can go to standard output; give the others a file (--format sarif:out.sarif)');
  }
  return specs;
}

function concurrencyOption(value: string | undefined): CliOptions['concurrency'] {
  if (value === undefined || value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency takes a number of threads, auto or off, got "${value}"`);
  return n;
}

function shardOption(value: string | undefined): CliOptions['shard'] {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4, got "${value}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

function ruleSpecs(specs: string[]): Record<string, Severity> {
  const rules: Record<string, Severity> = {};
  for (const spec of specs) {
    const m = /^([\w.-]+)\s*[=:]\s*(off|warn|error|0|1|2)$/.exec(spec.trim());
    if (!m) throw new UsageError(`--rule expects <rule-id>=<off|warn|error>, got "${spec}"`);
    rules[m[1]] = ({ '0': 'off', '1': 'warn', '2': 'error' } as Record<string, Severity>)[m[2]] ?? (m[2] as Severity);
  }
  return rules;
}

export const HELP = `disclosure-lint [options] [files | directories | globs]
disclosure-lint init
disclosure-lint explain <rule-id>

检查政府信息公开工作年度报告的统计表与正文是否一致。
Checks Chinese government information-disclosure annual reports (政府信息公开工作年度报告).
With no paths, lints the report files under the current directory.

Options:
  -f, --format <name>[:file]  stylish (default), json, sarif, github, junit, markdown, html;
                              repeat with :file to write several formats in one run
  -o, --output-file <path>    write the (single) format without :file to this file
      --max-warnings <n>      exit 1 when there are more than n warnings
      --quiet                 report errors only
      --rule <id>=<sev>       set a rule's severity: off | warn | error (repeatable)
      --lang <zh|en>          message language (default zh, or the config's)
  -c, --config <path>         use this config file for every file (no lookup)
      --no-config-lookup      ignore config files
      --print-config <file>   print the configuration that applies to a file, then exit
      --baseline <path>       report only findings not recorded in this baseline
                              (default: disclosure-lint-baseline.json if it exists)
      --baseline-write        record today's findings as the baseline, then exit 0
      --no-baseline           ignore the baseline file
      --color, --no-color     force colour on or off (default: on a terminal; NO_COLOR honoured)
      --concurrency <n|auto|off>  worker threads (default auto: the cores, for large runs)
      --shard <i/n>           lint only the i-th of n parts of the files (CI matrix)
      --cache                 reuse results of files unchanged since the last run
                              (keyed on content, options and tool version: safe in CI)
      --cache-location <path> cache file or directory (default .disclosurelintcache)
      --debug                 show stack traces of internal errors
  -h, --help                  show this help
  -v, --version               print the version

init: write a starter disclosure-lint.config.yaml and a GitHub Actions workflow.
explain: print a rule's page (what it checks, why, examples) in the --lang language.

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 the tool could not run.
`;
