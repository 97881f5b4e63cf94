import { emptyOutcome, type CheckContext, type Outcome } from '../../check/types.js';
import { narrativeOf } from '../narrative.js';
import { spanOf } from '../paragraphs.js';
import type { DatePart } from '../report-facts.js';

/** The statistics period runs from 1 January to 31 December of the report year. Reported at the first wrong number. */
export function checkReportPeriod(ctx: CheckContext): Outcome {
  const out = emptyOutcome();
  const n = narrativeOf(ctx.report);
  const year = ctx.report.year?.year;
  for (const p of n.periods) {
    if (year === undefined) {
      out.unevaluated++;
      continue;
    }
    const [sm, sd] = n.policy.period.start;
    const [em, ed] = n.policy.period.end;
    const expected: Array<[DatePart | undefined, number]> = [
      [p.start.year, year],
      [p.start.month, sm],
      [p.start.day, sd],
      [p.end.year, year],
      [p.end.month, em],
      [p.end.day, ed],
    ];
    const wrong = expected.find(([part, value]) => part !== undefined && part.value !== value);
    if (!wrong) {
      out.passed++;
      continue;
    }
    out.failed++;
    const part = wrong[0]!;
    out.findings.push({
      ruleId: ctx.rule.id,
      span: spanOf(p.para, ctx.report.source, part.index, part.end),
      message:
        ctx.lang === 'zh'
          ? `正文写“${p.phrase}”，而这是 ${year} 年度的报告，统计期限应为 ${year}年${sm}月${sd}日至${year}年${em}月${ed}日`
          : `the text says “${p.phrase}”, but this is the ${year} report: the statistics period should run from ${year}-${pad(sm)}-${pad(sd)} to ${year}-${pad(em)}-${pad(ed)}`,
      related: [],
      expected: wrong[1],
      actual: part.value,
    });
  }
  return out;
}

/** A sentence of the overview that opens with a year describes that year's work: the report year. */
export function checkActivityYear(ctx: CheckContext): Outcome {
  const out = emptyOutcome();
  const n = narrativeOf(ctx.report);
  const year = ctx.report.year?.year;
  for (const a of n.activityYears) {
    if (year === undefined) {
      out.unevaluated++;
      continue;
    }
    if (a.year.value === year) {
      out.passed++;
      continue;
    }
    out.failed++;
    out.findings.push({
      ruleId: ctx.rule.id,
      span: spanOf(a.para, ctx.report.source, a.year.index, a.year.end),
      message:
        ctx.lang === 'zh'
          ? `“${a.para.section ?? ''}”中叙述的是 ${a.year.value} 年的工作，而这是 ${year} 年度的报告`
          : `“${a.para.section ?? ''}” describes the work of ${a.year.value}, but this is the ${year} report`,
      related: [],
      expected: year,
      actual: a.year.value,
    });
  }
  return out;
}

/**
 * "全文包括A、B、C…六部分": as many items listed as announced. Items written "收到和处理…" may be
 * one part or two, so a shortfall they could make up is not reported.
 */
export function checkSectionCount(ctx: CheckContext): Outcome {
  const out = emptyOutcome();
  const n = narrativeOf(ctx.report);
  for (const c of n.sectionCounts) {
    const announced = c.announced.value;
    if (c.listed === announced) {
      out.passed++;
      continue;
    }
    if (c.listed < announced && c.listed + c.joined >= announced) {
      out.unevaluated++;
      continue;
    }
    out.failed++;
    const printed = c.para.text.slice(c.announced.index, c.announced.end);
    out.findings.push({
      ruleId: ctx.rule.id,
      span: spanOf(c.para, ctx.report.source, c.announced.index, c.announced.end),
      message:
        ctx.lang === 'zh'
          ? `正文称全文共“${printed}”部分，但列出了 ${c.listed} 项`
          : `the text announces ${announced} parts (“${printed}”) but lists ${c.listed}`,
      related: [],
      expected: c.listed,
      actual: announced,
    });
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
