import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../lint-paths.js';
import { ConfigError } from '../config/types.js';
import { FORMATTERS, type FormatContext } from '../format/index.js';
import { formatMarkdown } from '../format/markdown.js';
import { formatSarif } from '../format/sarif.js';
import { summaryLine } from '../format/summary.js';
import { escapeData } from '../format/workflow-command.js';
import type { FileResult } from '../result.js';
import { InputError, readInputs, type FailOn } from './inputs.js';
import { appendSummary, writeOutputs } from './runner-files.js';

export interface ActionIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  version: string;
  write: (text: string) => void;
}

/**
 * The GitHub Action: lint the paths, print the chosen format (annotations by default), add
 * the Markdown summary to the job summary, set the outputs, write SARIF if asked, and return
 * the exit code that fail-on asks for. 2 means the action could not do its job (a bad input,
 * a bad config file, an internal failure); that is never a pass.
 */
export async function runAction(io: ActionIo): Promise<number> {
  try {
    const inputs = readInputs(io.env);
    const results = await lint(inputs.paths, { cwd: io.cwd, lang: inputs.lang, configFile: inputs.config });
    const ctx: FormatContext = { lang: inputs.lang ?? 'zh', cwd: io.cwd, color: false, quiet: false, version: io.version };
    io.write([...FORMATTERS[inputs.format](results, ctx)].join(''));
    // The annotations carry no totals: say in the log what was checked.
    if (inputs.format === 'github') io.write(`${summaryLine(results, ctx.lang)}\n`);
    if (inputs.sarifFile) {
      const target = path.resolve(io.cwd, inputs.sarifFile);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, formatSarif(results, ctx));
    }
    const totals = count(results);
    if (io.env.GITHUB_STEP_SUMMARY) appendSummary(io.env.GITHUB_STEP_SUMMARY, formatMarkdown(results, ctx));
    if (io.env.GITHUB_OUTPUT) writeOutputs(io.env.GITHUB_OUTPUT, totals);
    return gate(inputs.failOn, totals);
  } catch (error) {
    const known = error instanceof InputError || error instanceof ConfigError;
    const detail = error instanceof Error ? error.message : String(error);
    io.write(`::error title=disclosure-lint::${escapeData(known ? detail : `internal error: ${detail}`)}\n`);
    return 2;
  }
}

function count(results: FileResult[]) {
  return {
    errors: results.reduce((n, r) => n + r.errorCount, 0),
    warnings: results.reduce((n, r) => n + r.warningCount, 0),
    files: results.length,
  };
}

/** fail-on: error (the default) fails on any error, warning on any finding, never only on exit 2. */
export function gate(failOn: FailOn, totals: { errors: number; warnings: number }): number {
  if (failOn === 'never') return 0;
  if (totals.errors > 0) return 1;
  return failOn === 'warning' && totals.warnings > 0 ? 1 : 0;
}
