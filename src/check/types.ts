import type { ItemDef, RuleDef } from '../packs.js';
import type { BoundValue } from '../recognise/bind-table.js';
import type { Report } from '../recognise/report.js';
import type { Span } from '../source-text.js';
import { objectSlot } from '../object-slot.js';

export type Lang = 'zh' | 'en';

/** A cell a finding refers to besides its primary one. */
export interface RelatedCell {
  key: string;
  label: string;
  value: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  location?: Record<string, unknown>;
  /** Set when the cell is in another file (last year's report). */
  file?: string;
}

/** What a check reports; severity is decided later, from the rule and the config. */
export interface Finding {
  ruleId: string;
  /** The key of the cell the finding is at (`t3.total.np`), stable across edits elsewhere. */
  key?: string;
  span: Span;
  message: string;
  related: RelatedCell[];
  expected?: number;
  actual?: number;
}

export interface CheckContext {
  report: Report;
  rule: RuleDef;
  lang: Lang;
  /** Absolute tolerance when decimals (万元 amounts) are compared; whole numbers compare exactly. */
  tolerance: number;
}

/** Every evaluation counts: passed, failed, or not evaluable because an operand is missing or blank. */
export interface Outcome {
  passed: number;
  failed: number;
  unevaluated: number;
  findings: Finding[];
}

export function itemName(item: ItemDef, lang: Lang): string {
  // A long explanatory note in brackets (（区分处理的，只计这一情形…）) is left out of messages.
  const label = item.label.length > 12 ? item.label.replace(/（[^）]{0,200}）$/, '') : item.label;
  return lang === 'zh' ? label : `${label} (${item.en ?? item.id})`;
}

/** An item, and for a table with several value columns the column: `（一）予以公开[自然人]`. */
export function valueName(v: BoundValue, lang: Lang): string {
  // Named again for every report: one string per item, column and language, kept on the item
  // (a template's, which lives as long as the rules) by the column's id, which names a column
  // whether the template lists it or the binder made one up for it.
  const slot = lang === 'zh' ? NAMES_ZH : NAMES_EN;
  const byColumn = slot.get(v.item) ?? slot.set(v.item, new Map());
  const key = v.column?.id ?? '';
  let name = byColumn.get(key);
  if (name === undefined) byColumn.set(key, (name = nameOf(v, lang)));
  return name;
}

const NAMES_ZH = objectSlot<object, Map<string, string>>('value names (zh)');
const NAMES_EN = objectSlot<object, Map<string, string>>('value names (en)');

function nameOf(v: BoundValue, lang: Lang): string {
  if (!v.column) return itemName(v.item, lang);
  const label = v.column.labels[0] ?? v.column.id;
  const column = lang === 'zh' ? label : `${label}${v.column.en ? ` (${v.column.en})` : ''}`;
  return `${itemName(v.item, 'zh')}[${column}]${lang === 'en' && v.item.en ? ` (${v.item.en})` : ''}`;
}

export function related(v: BoundValue, lang: Lang): RelatedCell {
  return {
    key: v.key,
    label: valueName(v, lang),
    value: v.value.kind === 'number' ? v.value.text : v.value.kind === 'blank' ? '' : v.value.text,
    line: v.value.span.start.line,
    column: v.value.span.start.column,
    endLine: v.value.span.end.line,
    endColumn: v.value.span.end.column,
  };
}

export function formatNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

export function emptyOutcome(): Outcome {
  return { passed: 0, failed: 0, unevaluated: 0, findings: [] };
}
