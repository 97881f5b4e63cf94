import { readFileSync } from 'node:fs';
import { resolveTargets, REPORT_EXTENSIONS, type FileTarget } from './files.js';
import { defaultOptions, fileMessage, lintBytes, type LintOptions } from './lint-source.js';
import { fileResult, type FileResult } from './result.js';

export type { FileResult, LintMessage } from './result.js';
export type { LintOptions } from './lint-source.js';
export { lintText } from './lint-source.js';

/**
 * Lints files, directories and globs. Every input is accounted for: a path that cannot be
 * read or that holds no report gets a result with a fatal message of its own.
 */
export async function lint(patterns: string[], options: Partial<LintOptions> & { cwd?: string } = {}): Promise<FileResult[]> {
  const opts: LintOptions = { ...defaultOptions, ...options };
  const targets = resolveTargets(patterns, options.cwd ?? process.cwd());
  // One file at a time: office files can be large once unpacked, so they are not all held at once.
  const results: FileResult[] = [];
  for (const t of targets) results.push(await lintTarget(t, opts));
  return results;
}

async function lintTarget(target: FileTarget, options: LintOptions): Promise<FileResult> {
  if (target.kind === 'missing') {
    if (target.reason === 'no-files') {
      return fileResult(target.path, [fileMessage('no-files', options, { extensions: REPORT_EXTENSIONS.join(' ') })]);
    }
    return fileResult(target.path, [fileMessage('file-unreadable', options, { reason: target.detail ?? target.reason })]);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(target.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fileResult(target.path, [fileMessage('file-unreadable', options, { reason: code })]);
  }
  return lintBytes(target.path, bytes, options);
}
