import { emptyOutcome, type CheckContext, type Outcome } from '../types.js';

/** The template the tables follow should be the one in force for the report year. */
export function checkFormatYear(ctx: CheckContext): Outcome {
  const out = emptyOutcome();
  const pack = ctx.report.pack;
  const year = ctx.report.year;
  if (!pack?.years || !year) {
    out.unevaluated++;
    return out;
  }
  const [from, to] = pack.years;
  if (year.year >= from && year.year <= to) {
    out.passed++;
    return out;
  }
  out.failed++;
  const range =
    to >= 2100 ? (ctx.lang === 'zh' ? `${from} 年度及以后的报告` : `${from} and later reports`) : ctx.lang === 'zh' ? `${from}–${to} 年度报告` : `${from}–${to} reports`;
  out.findings.push({
    ruleId: ctx.rule.id,
    key: 'report.year',
    span: year.span,
    message:
      ctx.lang === 'zh'
        ? `这是 ${year.year} 年度的报告，但统计表采用${pack.title.zh}，该格式适用于 ${range}`
        : `this is a ${year.year} report but its tables follow the ${pack.title.en}, which is meant for ${range}`,
    related: [],
  });
  return out;
}
