import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from './check/types.js';
import { findConfig, loadConfigFile } from './config/load.js';
import { checkAcrossYears } from './cross-year/index.js';
import { effectiveConfig, isIgnored } from './config/resolve.js';
import type { EffectiveConfig, LoadedConfig } from './config/types.js';
import { pairCompanions } from './extract/companions.js';
import { resolveTargets, REPORT_EXTENSIONS, type FileTarget } from './files.js';
import { loadIgnoreFile } from './ignore-file.js';
import { fileMessage, lintBytes, type LintOptions } from './lint-source.js';
import type { Severity } from './packs.js';
import { fileResult, type FileResult } from './result.js';

export type { FileResult, LintMessage } from './result.js';
export type { LintOptions } from './lint-source.js';
export { lintText } from './lint-source.js';
export { ConfigError } from './config/types.js';

export interface ApiOptions {
  cwd?: string;
  /** Message language; overrides the config's. */
  lang?: Lang;
  /** Severity per rule id; overrides the config's. */
  rules?: Record<string, Severity>;
  /** Use this config file for every file instead of looking one up next to each file. */
  configFile?: string;
  /** false: no config file lookup at all. */
  useConfigFiles?: boolean;
}

/** Largest input file, unless the config says otherwise (maxFileSize). */
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

/**
 * Lints files, directories and globs. Each file gets the config found walking up from its
 * directory (or `configFile`). Every input is accounted for: a path that cannot be read or
 * that holds no report gets a result with a fatal message of its own. Throws ConfigError
 * for an invalid config (the CLI exits 2).
 */
export async function lint(patterns: string[], options: ApiOptions = {}): Promise<FileResult[]> {
  const cwd = options.cwd ?? process.cwd();
  // A .docx and the spreadsheet of the same name are one report (src/extract/companions.ts).
  const targets = pairCompanions(resolveTargets(patterns, cwd));
  const fixed = options.configFile ? await loadConfigFile(path.resolve(cwd, options.configFile)) : undefined;
  const cache = new Map<string, LoadedConfig | null>();
  const ignoredByFile = loadIgnoreFile(cwd);
  // One file at a time: office files can be large once unpacked, so they are not all held at once.
  const results: FileResult[] = [];
  const configs = new Map<FileResult, EffectiveConfig>();
  for (const t of targets) {
    const loaded = fixed ?? (options.useConfigFiles === false ? null : await findConfig(path.dirname(t.path), cache));
    if (t.kind === 'file' && !t.explicit && (isIgnored(t.path, loaded) || ignoredByFile(t.path))) continue;
    const config = effectiveConfig(t.path, loaded, { rules: options.rules ?? {}, lang: options.lang });
    const result = await lintTarget(t, lintOptions(config), config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    configs.set(result, config);
    results.push(result);
  }
  // Reports of one body for consecutive years, linted together, are also checked against each other.
  return checkAcrossYears(
    results,
    (r, id) => configs.get(r)?.rules[id],
    (r) => configs.get(r)?.lang ?? 'zh',
  );
}

/** The configuration that applies to one file (what --print-config shows). */
export async function configFor(file: string, options: ApiOptions = {}): Promise<EffectiveConfig> {
  const cwd = options.cwd ?? process.cwd();
  const absolute = path.resolve(cwd, file);
  const loaded = options.configFile
    ? await loadConfigFile(path.resolve(cwd, options.configFile))
    : options.useConfigFiles === false
      ? null
      : await findConfig(path.dirname(absolute), new Map());
  return effectiveConfig(absolute, loaded, { rules: options.rules ?? {}, lang: options.lang });
}

function lintOptions(config: EffectiveConfig): LintOptions {
  return {
    lang: config.lang ?? 'zh',
    rules: config.rules,
    settings: {
      formats: config.formats,
      agency: config.agency,
      tolerance: config.tolerance,
      ruleOptions: config.ruleOptions,
      noInlineConfig: config.noInlineConfig,
      requireDirectiveReason: config.requireDirectiveReason,
      reportUnusedDirectives: config.reportUnusedDirectives,
    },
    limits: {
      ...(config.maxUnpackedSize !== undefined ? { maxUnpackedSize: config.maxUnpackedSize } : {}),
      ...(config.maxZipEntries !== undefined ? { maxZipEntries: config.maxZipEntries } : {}),
    },
  };
}

async function lintTarget(target: FileTarget & { companions?: string[] }, options: LintOptions, maxFileSize: number): Promise<FileResult> {
  if (target.kind === 'missing') {
    if (target.reason === 'no-files') {
      return fileResult(target.path, [fileMessage('no-files', options, { extensions: REPORT_EXTENSIONS.join(' ') })]);
    }
    return fileResult(target.path, [fileMessage('file-unreadable', options, { reason: target.detail ?? target.reason })]);
  }
  let bytes: Buffer;
  try {
    const size = statSync(target.path).size;
    if (size > maxFileSize) return fileResult(target.path, [fileMessage('file-too-large', options, { size, limit: maxFileSize })]);
    bytes = readFileSync(target.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fileResult(target.path, [fileMessage('file-unreadable', options, { reason: code })]);
  }
  const companions: Array<{ path: string; bytes: Uint8Array }> = [];
  for (const companion of target.companions ?? []) {
    try {
      const size = statSync(companion).size;
      if (size > maxFileSize) return fileResult(target.path, [{ ...fileMessage('file-too-large', options, { size, limit: maxFileSize }), location: { file: path.basename(companion) } }]);
      companions.push({ path: companion, bytes: readFileSync(companion) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return fileResult(target.path, [{ ...fileMessage('file-unreadable', options, { reason: code }), location: { file: path.basename(companion) } }]);
    }
  }
  return lintBytes(target.path, bytes, options, companions);
}
