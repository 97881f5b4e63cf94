import { readFileSync } from 'node:fs';
import { lintText, type LintOptions } from '../../src/lint-source.js';
import type { FileResult } from '../../src/result.js';

/** The rules that read the prose (src/narrative/). */
export const PROSE_RULE = /^(F21-P-|F21-META-|L-P-1$)/;

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/narrative/${name}`, import.meta.url), 'utf8');
}

export function lint(text: string, kind: 'markdown' | 'text', lang: LintOptions['lang'] = 'zh'): FileResult {
  return lintText(kind === 'markdown' ? 'r.md' : 'r.txt', text, kind, { lang, rules: {} });
}

/** Every message as `rule severity line:column`, sorted. */
export function findings(text: string, kind: 'markdown' | 'text'): string[] {
  return lint(text, kind)
    .messages.map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`)
    .sort();
}

/** The text with one passage replaced; fails loudly when the passage is not there exactly once. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" is not in the text exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * `line:column` of the `nth` occurrence of `needle` in the text, counting columns in code
 * points as an editor does. `after` narrows the search to what follows another passage.
 */
export function pos(text: string, needle: string, after = ''): string {
  const base = after ? text.indexOf(after) : 0;
  if (base < 0) throw new Error(`"${after}" is not in the text`);
  const at = text.indexOf(needle, base);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return `${line}:${column}`;
}
