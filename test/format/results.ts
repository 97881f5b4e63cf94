import path from 'node:path';
import { lint } from '../../src/api.js';
import type { FormatContext } from '../../src/format/index.js';
import { fileResult, type FileResult, type LintMessage } from '../../src/result.js';
import { ROOT } from '../helpers/cli.js';

/** Formatters are pure: a fixed context, with the repository as the working directory. */
export function context(over: Partial<FormatContext> = {}): FormatContext {
  return { lang: 'zh', cwd: ROOT, color: false, quiet: false, version: '9.8.7', ...over };
}

/** The five planted errors of examples/legacy/broken.txt, linted as the CLI would. */
export async function brokenLegacy(lang: 'zh' | 'en' = 'zh'): Promise<FileResult[]> {
  return lint(['examples/legacy/broken.txt'], { cwd: ROOT, lang, useConfigFiles: false });
}

export function message(over: Partial<LintMessage> = {}): LintMessage {
  return { ruleId: 'L-ORG-1', severity: 2, message: 'm', line: 3, column: 2, endLine: 3, endColumn: 4, ...over };
}

/** A result built by hand, for text no report would hold (control characters, `::`, quotes). */
export function result(file: string, messages: LintMessage[], extra: Partial<FileResult> = {}): FileResult {
  return fileResult(path.join(ROOT, file), messages, { format: 'legacy', stats: { run: 10, passed: 9, failed: 1, unevaluated: 0 }, ...extra });
}
