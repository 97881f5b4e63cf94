import type { Severity } from '../packs.js';

export type SeverityInput = Severity | 0 | 1 | 2;
export type RuleSetting = SeverityInput | [SeverityInput] | [SeverityInput, RuleOptions];

export interface RuleOptions {
  tolerance?: number;
}

/** Settings a config file, an override or the command line can give. */
export interface Settings {
  lang?: 'zh' | 'en';
  formats?: string[];
  agency?: string;
  tolerance?: number;
  noInlineConfig?: boolean;
  requireDirectiveReason?: boolean;
  reportUnusedDirectives?: Severity;
  maxFileSize?: number;
  maxUnpackedSize?: number;
  maxZipEntries?: number;
}

/** A configuration file as written (validated against schema/disclosure-lint.schema.json). */
export interface ConfigFile extends Settings {
  $schema?: string;
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  ignores?: string | string[];
  overrides?: Array<Settings & { files: string | string[]; rules?: Record<string, RuleSetting> }>;
}

/** A loaded configuration: the file, where it is, and the files it extends (already merged). */
export interface LoadedConfig {
  /** Absolute path of the file (package.json for the "disclosure-lint" key). */
  path: string;
  dir: string;
  config: ConfigFile;
}

/** What applies to one linted file once extends and overrides are resolved. */
export interface EffectiveConfig extends Settings {
  rules: Record<string, Severity>;
  ruleOptions: Record<string, RuleOptions>;
  /** The config files that gave it, nearest last. */
  sources: string[];
}

export class ConfigError extends Error {}
