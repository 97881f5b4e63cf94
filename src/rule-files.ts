import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The YAML parser, loaded only when a rule file is read from YAML (the build's JSON is not current). */
function parse(text: string): unknown {
  return (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);
}

/** rules/ beside src/ (tests) or dist/ (the built CLI). */
export const RULES_DIR = new URL('../rules/', import.meta.url);

/** Built by `npm run build` (scripts/compile-rules.mjs): every rules/*.yaml already parsed. */
const COMPILED = new URL('./rules.compiled.json', import.meta.url);

let compiled: Record<string, unknown> | null | undefined;

/**
 * The parsed content of rules/<name>. YAML parsing of the packs costs more than linting a
 * report, so the build stores them as JSON; that copy is used while it is newer than every
 * YAML file, else the YAML is read.
 */
export function readRuleFile(name: string): unknown {
  compiled ??= loadCompiled();
  if (compiled && name in compiled) return compiled[name];
  return parse(readFileSync(new URL(name, RULES_DIR), 'utf8'));
}

export function ruleFileNames(): string[] {
  return readdirSync(RULES_DIR).filter((f) => f.endsWith('.yaml')).sort();
}

function loadCompiled(): Record<string, unknown> | null {
  if (!existsSync(COMPILED)) return null;
  const builtAt = statSync(COMPILED).mtimeMs;
  if (ruleFileNames().some((f) => statSync(new URL(f, RULES_DIR)).mtimeMs > builtAt)) return null;
  return JSON.parse(readFileSync(COMPILED, 'utf8')) as Record<string, unknown>;
}
