import { parseArgs } from 'node:util';
import type { Lang } from './check/types.js';
import type { Severity } from './packs.js';

export const FORMATS = ['stylish', 'json'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  lang: Lang;
  rules: Record<string, Severity>;
  color?: boolean;
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
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        lang: { type: 'string' },
        rule: { type: 'string', multiple: true },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${v.format}" (choose one of: ${FORMATS.join(', ')})`);
  const lang = (v.lang ?? 'zh') as Lang;
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`unknown language "${v.lang}" (zh or en)`);
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings needs a whole number, got "${v['max-warnings']}"`);
  }
  const rules: Record<string, Severity> = {};
  for (const spec of v.rule ?? []) {
    const m = /^([\w.-]+)\s*[=:]\s*(off|warn|error|0|1|2)$/.exec(spec.trim());
    if (!m) throw new UsageError(`--rule expects <rule-id>=<off|warn|error>, got "${spec}"`);
    rules[m[1]] = ({ '0': 'off', '1': 'warn', '2': 'error' } as Record<string, Severity>)[m[2]] ?? (m[2] as Severity);
  }
  return {
    patterns: parsed.positionals,
    format,
    outputFile: v['output-file'],
    maxWarnings: maxWarnings === -1 ? undefined : maxWarnings,
    quiet: v.quiet ?? false,
    lang,
    rules,
    color: v['no-color'] ? false : v.color,
    debug: v.debug ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

export const HELP = `disclosure-lint [options] [files | directories | globs]

检查政府信息公开工作年度报告的统计表与正文是否一致。
Checks Chinese government information-disclosure annual reports (政府信息公开工作年度报告).
With no paths, lints the report files (.txt .md) under the current directory.

Options:
  -f, --format <name>     output format: stylish (default), json
  -o, --output-file <p>   write the report to a file instead of stdout
      --max-warnings <n>  exit 1 when there are more than n warnings
      --quiet             report errors only
      --rule <id>=<sev>   set a rule's severity: off | warn | error (repeatable)
      --lang <zh|en>      message language (default zh)
      --color, --no-color force colour on or off (default: on when stdout is a terminal; NO_COLOR honoured)
      --debug             show stack traces of internal errors
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 the tool could not run.
`;
