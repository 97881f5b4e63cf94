import path from 'node:path';
import picomatch from 'picomatch';
import type { Severity } from '../packs.js';
import { asList } from './load.js';
import type { EffectiveConfig, LoadedConfig, RuleSetting, SeverityInput, Settings } from './types.js';

const SEVERITY: Record<string, Severity> = { off: 'off', warn: 'warn', error: 'error', '0': 'off', '1': 'warn', '2': 'error' };

/**
 * The configuration for one file: the loaded config (extends already merged), then every
 * override whose `files` match the file's path relative to the config, then the command line.
 */
export function effectiveConfig(filePath: string, loaded: LoadedConfig | null, cli: { rules: Record<string, Severity> } & Settings): EffectiveConfig {
  const out: EffectiveConfig = { rules: {}, ruleOptions: {}, sources: [] };
  if (loaded) {
    const { config } = loaded;
    out.sources.push(loaded.path);
    applySettings(out, config);
    applyRules(out, config.rules);
    const overrides = config.overrides ?? [];
    for (const i of matchingOverrides(filePath, loaded)) {
      applySettings(out, overrides[i]);
      applyRules(out, overrides[i].rules);
    }
  }
  applySettings(out, cli);
  Object.assign(out.rules, cli.rules);
  return out;
}

/**
 * What a file's configuration depends on besides the command line: the config file and which of
 * its overrides match. Files with the same key have the same configuration, so a run over
 * thousands of files can share one object between them.
 */
export function configKey(filePath: string, loaded: LoadedConfig | null): string {
  return loaded ? `${loaded.path}\u0000${matchingOverrides(filePath, loaded).join(',')}` : '';
}

function matchingOverrides(filePath: string, loaded: LoadedConfig): number[] {
  const overrides = loaded.config.overrides ?? [];
  if (overrides.length === 0) return [];
  const rel = path.relative(loaded.dir, filePath).split(path.sep).join('/');
  return overrides.flatMap((o, i) => (matcherOf(o)(rel) ? [i] : []));
}

/** Compiled once per override: compiling its globs for each of thousands of files was most of the cost of resolving. */
const matchers = new WeakMap<object, (rel: string) => boolean>();

/** The matcher of `globs.files`, kept under `owner` (the override, or the config for its ignores). */
function matcherOf(globs: { files: string | string[] }, owner: object = globs): (rel: string) => boolean {
  let match = matchers.get(owner);
  if (!match) matchers.set(owner, (match = picomatch(asList(globs.files), { dot: true })));
  return match;
}

/** Whether a file found by a directory or glob walk is ignored by the config's `ignores`. */
export function isIgnored(filePath: string, loaded: LoadedConfig | null): boolean {
  if (!loaded) return false;
  if (asList(loaded.config.ignores).length === 0) return false;
  const rel = path.relative(loaded.dir, filePath).split(path.sep).join('/');
  return matcherOf({ files: loaded.config.ignores! }, loaded.config)(rel);
}

function applySettings(out: EffectiveConfig, s: Settings) {
  for (const key of ['lang', 'formats', 'agency', 'tolerance', 'noInlineConfig', 'requireDirectiveReason', 'reportUnusedDirectives', 'maxFileSize', 'maxUnpackedSize', 'maxZipEntries'] as const) {
    if (s[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = s[key];
  }
}

function applyRules(out: EffectiveConfig, rules: Record<string, RuleSetting> | undefined) {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const [severity, options] = Array.isArray(setting) ? setting : [setting];
    out.rules[id] = SEVERITY[String(severity as SeverityInput)];
    if (options) out.ruleOptions[id] = options;
  }
}
