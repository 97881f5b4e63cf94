import { emptyOutcome, related, valueName, type CheckContext, type Outcome } from '../../check/types.js';
import { describeTable, tableValue } from '../describe.js';
import { narrativeOf } from '../narrative.js';
import { spanOf } from '../paragraphs.js';
import type { Statement } from '../qualitative.js';
import { subjectKeys, withFacet } from '../target.js';

/**
 * "未收到政府信息公开申请", "未发生行政复议、行政诉讼": each subject named is 0 in the table.
 * Reported at the start of the statement.
 */
export function checkClaimNegation(ctx: CheckContext): Outcome {
  const out = emptyOutcome();
  const pack = ctx.report.pack;
  if (!pack) return out;
  const n = narrativeOf(ctx.report);
  for (const s of n.negations) {
    for (const subject of s.subjects) {
      const keys = subjectKeys(subject, n, pack);
      if (!keys) continue;
      const e = tableValue(keys, ctx.report);
      if (!e.ok) {
        out.unevaluated++;
        continue;
      }
      if (e.value === 0) {
        out.passed++;
        continue;
      }
      out.failed++;
      out.findings.push({
        ruleId: ctx.rule.id,
        span: spanOf(s.para, ctx.report.source, s.index, s.end),
        message:
          ctx.lang === 'zh'
            ? `正文称“${s.phrase}”，但表中${describeTable(e, 'zh')}，不为 0`
            : `the text says “${s.phrase}” (none), but the table has ${describeTable(e, 'en')}`,
        related: e.terms.map((t) => related(t, ctx.lang)),
        expected: 0,
        actual: e.value,
      });
    }
  }
  return out;
}

/**
 * "均获维持": the groups named before it had no outcome other than 维持 — every `others`
 * outcome (纠正, 其他, 尚未审结) of their items is 0. Items a format does not have are skipped.
 */
export function checkClaimUpheld(ctx: CheckContext): Outcome {
  const out = emptyOutcome();
  const pack = ctx.report.pack;
  if (!pack) return out;
  const n = narrativeOf(ctx.report);
  for (const s of n.upheld) {
    const keys = s.subjects.flatMap((subject) => subjectKeys(subject, n, pack) ?? []);
    const others = withFacet(keys, n.policy.upheld.others) ?? [];
    const known = others.map((k) => ctx.report.values.get(k)).filter((v) => v !== undefined);
    const numbers = known.filter((v) => v.value.kind === 'number');
    if (numbers.length === 0 || numbers.length < known.length) {
      out.unevaluated++;
      continue;
    }
    const nonZero = numbers.filter((v) => v.value.kind === 'number' && v.value.value !== 0);
    if (nonZero.length === 0) {
      out.passed++;
      continue;
    }
    out.failed++;
    out.findings.push(upheldFinding(ctx, s, nonZero));
  }
  return out;
}

function upheldFinding(ctx: CheckContext, s: Statement, nonZero: NonNullable<ReturnType<CheckContext['report']['values']['get']>>[]) {
  const listed = nonZero.map((v) => `「${valueName(v, ctx.lang)}」${v.value.kind === 'number' ? v.value.text : ''}`).join('、');
  const cue = s.para.text.slice(s.index, s.end);
  return {
    ruleId: ctx.rule.id,
    span: spanOf(s.para, ctx.report.source, s.index, s.end),
    message:
      ctx.lang === 'zh'
        ? `正文称“${cue}”，但表中${listed}，并非全部维持`
        : `the text says “${cue}” (all upheld), but the table has ${listed}`,
    related: nonZero.map((v) => related(v, ctx.lang)),
    expected: 0,
    actual: nonZero.reduce((sum, v) => sum + (v.value.kind === 'number' ? v.value.value : 0), 0),
  };
}
