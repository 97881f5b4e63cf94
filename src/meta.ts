import { readRuleFile } from './rule-files.js';
import type { Severity, Text } from './packs.js';
import type { Lang } from './check/types.js';

export interface MetaRule {
  severity: Exclude<Severity, 'off'>;
  fatal: boolean;
  title: Text;
  message: Text;
}

export type MetaRuleId =
  | 'file-unreadable'
  | 'file-empty'
  | 'file-binary'
  | 'file-undecodable'
  | 'no-files'
  | 'no-statistics-table'
  | 'table-row-ambiguous'
  | 'unexpected-format'
  | 'unused-disable-directive'
  | 'directive-missing-reason'
  | 'file-too-large'
  | 'file-corrupt'
  | 'file-encrypted'
  | 'file-legacy-office'
  | 'file-archive-too-large'
  | 'file-archive-too-many-entries'
  | 'file-too-complex'
  | 'prose-not-checked'
  | 'internal-error';

let cached: Record<MetaRuleId, MetaRule> | undefined;

/** The file-level diagnostics of rules/meta.yaml. */
export function metaRules(): Record<MetaRuleId, MetaRule> {
  cached ??= readRuleFile('meta.yaml') as Record<MetaRuleId, MetaRule>;
  return cached;
}

export function metaMessage(id: MetaRuleId, lang: Lang, data: Record<string, string | number> = {}): string {
  return metaRules()[id].message[lang].replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? ''));
}
