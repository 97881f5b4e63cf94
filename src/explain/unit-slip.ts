import type { Report } from '../recognise/report.js';
import type { LintMessage } from '../result.js';
import { valueName } from '../check/types.js';
import type { Span } from '../source-text.js';
import type { ExplainOptions } from './attach.js';
import { mergeEdits } from './fix.js';
import { slipName } from './describe.js';
import { formatValue } from './slips.js';
import { ruleIdsWithKinds } from './rule-kinds.js';

const UNIT_KINDS = ['unit'];

/** The unit the template asks for, and the one written instead that is 1/10 000 of it. */
const SMALLER: Record<string, string> = { 万元: '元' };

/**
 * A unit finding (F21-U-1, L-U-1) on an amount written in 元 where the table counts 万元: the
 * same amount in 万元 is offered as a suggestion, with the unit written after the number
 * (or in the unit column) replaced, so the table says what it meant.
 */
export function unitSuggestions(messages: LintMessage[], report: Report, options: ExplainOptions): void {
  const pack = report.pack!;
  const unitRules = ruleIdsWithKinds(pack, UNIT_KINDS);
  for (const m of messages) {
    if (!unitRules.has(m.ruleId) || !m.key || m.suggestions) continue;
    const b = report.values.get(m.key);
    if (!b || b.value.kind !== 'number' || !b.item.unit) continue;
    const printed = b.unitCell?.text.trim() || b.value.unit;
    if (!printed || SMALLER[b.item.unit] !== printed) continue;
    const to = b.value.value / 10000;
    const zh = options.lang === 'zh';
    const text = formatValue(to);
    const desc = zh ? `按${b.item.unit}填报：将 ${b.value.text}${printed} 改为 ${text}${b.item.unit}` : `In ${b.item.unit}: change ${b.value.text} ${printed} to ${text} ${b.item.unit}`;
    const { start, end } = b.value.span;
    m.explanation = {
      text: zh ? `疑为${slipName('unit', 'zh')}：${b.value.text}元即 ${text}万元` : `probably ${slipName('unit', 'en')}: ${b.value.text} 元 is ${text} 万元`,
      cells: [{ key: b.key, label: valueName(b, options.lang), from: b.value.value, to, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, slip: 'unit' }],
      slip: 'unit',
      checksFixed: 1,
      unique: true,
    };
    if (!options.textSource) {
      m.suggestions = [{ desc }];
      continue;
    }
    const edits: Array<{ span: Span; text: string; printed?: string }> = [{ span: b.value.span, text, printed: b.value.text }];
    const source = report.source.text;
    if (b.unitCell?.text.trim()) {
      edits.push({ span: b.unitCell.span, text: b.item.unit });
    } else {
      // The unit right after the number in the same cell: 1200元 → 0.12
      const after = source.slice(end.offset);
      const gap = after.length - after.replace(/^[ \t\u3000]*/, '').length;
      if (after.slice(gap).startsWith(printed)) {
        const at = end.offset + gap + printed.length;
        edits[0] = { span: { start, end: report.source.position(at) }, text };
      }
    }
    const fix = mergeEdits(edits, source);
    m.suggestions = [{ desc, ...(fix ? { fix } : {}) }];
  }
}
