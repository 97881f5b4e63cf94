import path from 'node:path';
import type { Lang, RelatedCell } from '../check/types.js';
import type { CheckDef, RuleDef } from '../packs.js';
import type { LintMessage } from '../result.js';
import { citedCell, factValues, type ReportFacts } from '../report-facts.js';
import { COMPARED_TABLES, comparedAnchor } from './keys.js';
import type { YearPair } from './pairs.js';

type Cell = { value: number; cell: RelatedCell };

/** Findings of one cross-year check over one pair of reports (this year's, last year's). */
export function runCrossYearCheck(check: CheckDef, rule: RuleDef, pair: YearPair, lang: Lang): Array<Omit<LintMessage, 'severity'>> {
  const now = factValues(pair.currentFacts);
  const before = factValues(pair.previousFacts);
  // A value with its cell: the values a message names are those facts keep the cells of (src/cross-year/keys.ts).
  const thisYear = (key: string) => named(now, pair.currentFacts, key);
  const lastYears = (key: string) => named(before, pair.previousFacts, key);
  const lastYear = pair.previousFacts.year!;
  const lastFile = path.basename(pair.previous.filePath);
  const zh = lang === 'zh';
  const elsewhere = (c: Cell) => ({ ...c.cell, file: pair.previous.filePath });
  switch (check.kind) {
    case 'carry-over': {
      const a = thisYear(check.this);
      const b = lastYears(check.last);
      if (!a || !b || a.value === b.value) return [];
      return [
        at(rule, a, check.this, zh
          ? `${a.cell.label} 为 ${a.cell.value}，而 ${lastYear} 年度报告（${lastFile}）的 ${b.cell.label} 为 ${b.cell.value}（应满足：${rule.title.zh}）`
          : `${a.cell.label} is ${a.cell.value} but ${b.cell.label} in the ${lastYear} report (${lastFile}) is ${b.cell.value} (expected: ${rule.title.en})`,
          [elsewhere(b)], b.value, a.value),
      ];
    }
    case 'stock-flow': {
      const stock = thisYear(check.stock);
      const inflow = thisYear(check.inflow);
      const outflow = thisYear(check.outflow);
      const last = lastYears(check.stock);
      if (!stock || !inflow || !outflow || !last) return [];
      const expected = last.value + inflow.value - outflow.value;
      if (stock.value === expected) return [];
      return [
        at(rule, stock, check.stock, zh
          ? `${stock.cell.label} 为 ${stock.value}，而 ${lastYear} 年度的 ${last.value} + 本年制发 ${inflow.value} − 本年废止 ${outflow.value} = ${expected}（应满足：${rule.title.zh}）`
          : `${stock.cell.label} is ${stock.value}, but ${lastYear}'s ${last.value} + ${inflow.value} issued − ${outflow.value} repealed = ${expected} (expected: ${rule.title.en})`,
          [elsewhere(last), inflow.cell, outflow.cell], expected, stock.value),
      ];
    }
    case 'identical-tables': {
      const keys = [...now.keys()].filter((k) => COMPARED_TABLES.test(k));
      if (keys.length === 0 || keys.some((k) => before.get(k) !== now.get(k))) return [];
      const nonzero = keys.filter((k) => now.get(k) !== 0).length;
      if (nonzero < check.min_nonzero) return [];
      const anchor = comparedAnchor(keys)!;
      const first = thisYear(anchor);
      const previous = lastYears(anchor);
      if (!first || !previous) return [];
      return [
        at(rule, first, undefined, zh
          ? `统计表的 ${keys.length} 个数值与 ${lastYear} 年度报告（${lastFile}）完全相同，是否沿用了上年数据？`
          : `all ${keys.length} table values equal those of the ${lastYear} report (${lastFile}); was last year's data reused?`,
          [elsewhere(previous)]),
      ];
    }
    default:
      return [];
  }
}

function at(rule: RuleDef, c: Cell, key: string | undefined, message: string, related: Cell['cell'][], expected?: number, actual?: number): Omit<LintMessage, 'severity'> {
  return {
    ruleId: rule.id,
    message,
    ...(key ? { key } : {}),
    line: c.cell.line,
    column: c.cell.column,
    endLine: c.cell.endLine,
    endColumn: c.cell.endColumn,
    ...(c.cell.location ? { location: c.cell.location } : {}),
    related,
    ...(expected !== undefined ? { expected } : {}),
    ...(actual !== undefined ? { actual } : {}),
  };
}

function named(values: Map<string, number>, facts: ReportFacts, key: string): Cell | undefined {
  const value = values.get(key);
  const cell = citedCell(facts, key);
  return value === undefined || cell === undefined ? undefined : { value, cell };
}
