import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { checkSmallFile, readSmallFile } from '../small-file.js';
import { ConfigError, type ConfigFile, type LoadedConfig } from './types.js';

export const CONFIG_NAMES = [
  'disclosure-lint.config.json',
  'disclosure-lint.config.yaml',
  'disclosure-lint.config.yml',
  'disclosure-lint.config.mjs',
];
export const PACKAGE_KEY = 'disclosure-lint';

let compiled: ValidateFunction<ConfigFile> | undefined;

/**
 * The schema validator, loaded and compiled when the first config file is read: a run without
 * a config file (and every start) is 50 ms shorter without Ajv.
 */
async function validator(): Promise<ValidateFunction<ConfigFile>> {
  if (!compiled) {
    const { Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync(new URL('../../schema/disclosure-lint.schema.json', import.meta.url), 'utf8'));
    compiled = new Ajv({ allErrors: true, strictTuples: false }).compile<ConfigFile>(schema);
  }
  return compiled;
}

/** The config file governing a directory: the nearest one walking up, or none. */
export async function findConfig(dir: string, cache: Map<string, LoadedConfig | null>): Promise<LoadedConfig | null> {
  const chain: string[] = [];
  let current = path.resolve(dir);
  let found: LoadedConfig | null = null;
  for (;;) {
    if (cache.has(current)) {
      found = cache.get(current)!;
      break;
    }
    chain.push(current);
    const here = await configIn(current);
    if (here) {
      found = here;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const d of chain) cache.set(d, found);
  return found;
}

async function configIn(dir: string): Promise<LoadedConfig | null> {
  for (const name of CONFIG_NAMES) {
    const file = path.join(dir, name);
    if (existsSync(file)) return loadConfigFile(file);
  }
  const pkg = path.join(dir, 'package.json');
  if (existsSync(pkg)) {
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(readSmallFile(pkg));
    } catch {
      return null;
    }
    if (json && typeof json === 'object' && PACKAGE_KEY in json) return checked(json[PACKAGE_KEY], pkg, `${pkg}#${PACKAGE_KEY}`, []);
  }
  return null;
}

/** Reads, validates and merges (extends) one config file. */
export async function loadConfigFile(file: string, seen: string[] = []): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  if (seen.includes(absolute)) throw new ConfigError(`${absolute}: extends itself (${[...seen, absolute].join(' → ')})`);
  let raw: unknown;
  try {
    // Only a regular file of sane size: a FIFO or /dev/zero (say, as `extends`) would hang the run.
    checkSmallFile(absolute);
    if (absolute.endsWith('.mjs')) raw = (await import(pathToFileURL(absolute).href)).default;
    else {
      const text = readSmallFile(absolute);
      // The YAML parser loads only for a YAML file (45 ms of a start otherwise).
      raw = absolute.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text);
    }
  } catch (error) {
    throw new ConfigError(`${absolute}: cannot read configuration: ${(error as Error).message}`);
  }
  return checked(raw, absolute, absolute, seen);
}

async function checked(raw: unknown, file: string, label: string, seen: string[]): Promise<LoadedConfig> {
  const validate = await validator();
  if (!validate(raw)) throw new ConfigError(`${label}: invalid configuration:\n${describeErrors(validate.errors ?? [])}`);
  const config = raw as ConfigFile;
  const dir = path.dirname(file);
  const bases = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  let merged: ConfigFile = {};
  for (const base of bases) {
    const loaded = await loadConfigFile(path.resolve(dir, base), [...seen, file]);
    merged = mergeConfigs(merged, rebase(loaded.config, loaded.dir, dir));
  }
  return { path: file, dir, config: mergeConfigs(merged, { ...config, extends: undefined }) };
}

/** Later wins key by key; rules merge by id; overrides and ignores accumulate. */
export function mergeConfigs(base: ConfigFile, next: ConfigFile): ConfigFile {
  const out: ConfigFile = { ...base, ...stripUndefined(next) };
  out.rules = { ...base.rules, ...next.rules };
  out.overrides = [...(base.overrides ?? []), ...(next.overrides ?? [])];
  out.ignores = [...asList(base.ignores), ...asList(next.ignores)];
  return out;
}

/** Globs of an extended file are relative to it; make them relative to the extending file. */
function rebase(config: ConfigFile, fromDir: string, toDir: string): ConfigFile {
  if (fromDir === toDir) return config;
  const move = (g: string) => path.posix.join(path.relative(toDir, fromDir).split(path.sep).join('/'), g);
  return {
    ...config,
    ignores: asList(config.ignores).map(move),
    overrides: config.overrides?.map((o) => ({ ...o, files: asList(o.files).map(move) })),
  };
}

export function asList(globs: string | string[] | undefined): string[] {
  return globs === undefined ? [] : Array.isArray(globs) ? globs : [globs];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Ajv errors as lines that name the key path: `/rules/L-AP-3: must be equal to one of the allowed values`. */
function describeErrors(errors: ErrorObject[]): string {
  const lines = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'if') continue;
    const at = e.instancePath || '/';
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (unknown key "${(e.params as { additionalProperty: string }).additionalProperty}")`
        : e.keyword === 'enum'
          ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
          : '';
    lines.add(`  ${at}: ${e.message}${extra}`);
  }
  return [...lines].join('\n');
}
