import { createHash } from 'node:crypto';
import type { LintMessage } from '../result.js';

/**
 * Stable identities for findings, so that code scanning keeps one alert per problem across
 * commits. Line numbers are left out on purpose: adding a paragraph above a table moves every
 * finding down without changing what is wrong. A finding is identified by its rule, its file
 * and the cell it is about (the template key, e.g. `t3.total.np`); without a key, by the keys
 * of its related cells, and failing those by its message with the numbers taken out (so that
 * correcting one part of a sum does not make the same broken total a new alert). Identical
 * identities within a file are told apart by an occurrence counter, in reading order.
 */
export function fingerprints(filePath: string, messages: LintMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const identity = `v1\u0000${m.ruleId}\u0000${filePath}\u0000${anchor(m)}`;
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}:${occurrence}`;
  });
}

/** What a finding is about, independent of where the file has it and of the numbers in it. */
export function anchor(m: LintMessage): string {
  if (m.key) return `key:${m.key}`;
  if (m.related && m.related.length > 0) return `related:${m.related.map((r) => r.key).join('+')}`;
  return `text:${m.message.replace(/[0-9０-９]+(?:[.,，][0-9０-９]+)*/g, '#').replace(/\s+/g, ' ').trim()}`;
}
