import path from 'node:path';
import type { FileTarget } from './files.js';
import { REPORT_EXTENSIONS } from './extract/input-kinds.js';
import { fileMessage, lintBytes, type LintOptions } from './lint-source.js';
import { readBounded } from './read-bounded.js';
import { fileResult, type FileResult } from './result.js';

/** One unit of work: a file (with the files read as part of it) and what applies to it. */
export interface LintJob {
  target: FileTarget & { companions?: string[] };
  options: LintOptions;
  maxFileSize: number;
}

/** Reads and lints one target; every failure to read becomes a message for that file. */
export async function lintTarget({ target, options, maxFileSize }: LintJob): Promise<FileResult> {
  if (target.kind === 'missing') {
    if (target.reason === 'no-files') {
      return fileResult(target.path, [fileMessage('no-files', options, { extensions: REPORT_EXTENSIONS.join(' ') })]);
    }
    return fileResult(target.path, [fileMessage('file-unreadable', options, { reason: target.detail ?? target.reason })]);
  }
  let bytes: Buffer;
  try {
    const read = readBounded(target.path, maxFileSize);
    if ('tooLarge' in read) return fileResult(target.path, [fileMessage('file-too-large', options, { size: read.tooLarge, limit: maxFileSize })]);
    bytes = read.bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fileResult(target.path, [fileMessage('file-unreadable', options, { reason: code })]);
  }
  const companions: Array<{ path: string; bytes: Uint8Array }> = [];
  for (const companion of target.companions ?? []) {
    try {
      const read = readBounded(companion, maxFileSize);
      if ('tooLarge' in read) return fileResult(target.path, [{ ...fileMessage('file-too-large', options, { size: read.tooLarge, limit: maxFileSize }), location: { file: path.basename(companion) } }]);
      companions.push({ path: companion, bytes: read.bytes });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return fileResult(target.path, [{ ...fileMessage('file-unreadable', options, { reason: code }), location: { file: path.basename(companion) } }]);
    }
  }
  return lintBytes(target.path, bytes, options, companions);
}
