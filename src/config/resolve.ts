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
    const rel = path.relative(loaded.dir, filePath).split(path.sep).join('/');
    for (const o of config.overrides ?? []) {
      if (picomatch(asList(o.files), { dot: true })(rel)) {
        applySettings(out, o);
        applyRules(out, o.rules);
      }
    }
  }
  applySettings(out, cli);
  Object.assign(out.rules, cli.rules);
  return out;
}

/** Whether a file found by a directory or glob walk is ignored by the config's `ignores`. */
export function isIgnored(filePath: string, loaded: LoadedConfig | null): boolean {
  if (!loaded) return false;
  const globs = asList(loaded.config.ignores);
  if (globs.length === 0) return false;
  const rel = path.relative(loaded.dir, filePath).split(path.sep).join('/');
  return picomatch(globs, { dot: true })(rel);
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
