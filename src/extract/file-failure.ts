import type { MetaRuleId } from '../meta.js';

/**
 * Thrown by a reader, deep inside, when a file cannot be read for a reason that has a file-level
 * diagnostic of its own (too complex to parse, over a limit); lintBytes turns it into that
 * diagnostic for the file, so one hostile file never stops the run.
 */
export class FileFailure extends Error {
  constructor(
    readonly failure: MetaRuleId,
    readonly data: Record<string, string | number> = {},
  ) {
    super(failure);
    this.name = 'FileFailure';
  }
}
