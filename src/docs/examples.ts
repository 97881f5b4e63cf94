import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * A rule's documented examples (rules/examples/<id>.yaml): a small report that breaks the rule,
 * with the line:column of every finding it must give, and one that keeps it. The rule pages
 * show them and test/docs-examples.test.ts lints them, as ESLint's check-rule-examples does.
 */
export interface RuleExample {
  kind: 'markdown' | 'text';
  failing: { at: string[]; text: string };
  passing: { text: string };
}

const DIR = new URL('../../rules/examples/', import.meta.url);

let cached: Map<string, RuleExample> | undefined;

export function ruleExamples(): Map<string, RuleExample> {
  if (cached) return cached;
  cached = new Map();
  if (!existsSync(DIR)) return cached;
  for (const f of readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort()) {
    const raw = parse(readFileSync(new URL(f, DIR), 'utf8')) as RuleExample;
    cached.set(f.replace(/\.yaml$/, ''), { kind: raw.kind, failing: { at: raw.failing.at.map(String), text: raw.failing.text }, passing: { text: raw.passing.text } });
  }
  return cached;
}
