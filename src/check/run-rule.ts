import type { CheckDef, RuleDef } from '../packs.js';
import { checkCells } from './kinds/cell-values.js';
import { checkCompare } from './kinds/compare.js';
import { checkFilled } from './kinds/filled.js';
import { checkFormatYear } from './kinds/format-year.js';
import { checkRuleMaking } from './kinds/rule-making.js';
import { checkSum } from './kinds/sum.js';
import { checkClaimBreakdown } from '../narrative/kinds/claim-breakdown.js';
import { checkClaimShare } from '../narrative/kinds/claim-share.js';
import { checkClaimNegation, checkClaimUpheld } from '../narrative/kinds/claim-statements.js';
import { checkClaimValue } from '../narrative/kinds/claim-value.js';
import { checkActivityYear, checkReportPeriod, checkSectionCount } from '../narrative/kinds/report-facts.js';
import { emptyOutcome, type CheckContext, type Outcome } from './types.js';
import { appendAll } from '../append-all.js';
import { shareStringsIn } from '../shared-strings.js';

/** Runs every check of a rule (with `for` templates expanded) and adds up the outcome. */
export function runRule(ctx: CheckContext): Outcome {
  const total = emptyOutcome();
  for (const check of expanded(ctx.rule)) {
    const o = runCheck(ctx, check);
    total.passed += o.passed;
    total.failed += o.failed;
    total.unevaluated += o.unevaluated;
    appendAll(total.findings, o.findings);
  }
  return total;
}

function runCheck(ctx: CheckContext, check: CheckDef): Outcome {
  switch (check.kind) {
    case 'sum':
      return checkSum(ctx, check.total, check.parts);
    case 'compare':
      return checkCompare(ctx, check.left, check.op, check.right, check.at);
    case 'non-negative':
    case 'integer':
      return checkCells(ctx, check.kind, check);
    case 'unit':
      return checkCells(ctx, 'unit', check);
    case 'filled':
      return checkFilled(ctx, check.column, check.scope);
    case 'format-year':
      return checkFormatYear(ctx);
    case 'rule-making':
      return checkRuleMaking(ctx, check.items, check.bodies);
    case 'claim-value':
      return checkClaimValue(ctx, check.subjects);
    case 'claim-breakdown':
      return checkClaimBreakdown(ctx, check.mode);
    case 'claim-share':
      return checkClaimShare(ctx, check.mode);
    case 'claim-negation':
      return checkClaimNegation(ctx);
    case 'claim-upheld':
      return checkClaimUpheld(ctx);
    case 'report-period':
      return checkReportPeriod(ctx);
    case 'activity-year':
      return checkActivityYear(ctx);
    case 'section-count':
      return checkSectionCount(ctx);
    case 'carry-over':
    case 'stock-flow':
    case 'identical-tables':
      // These compare two reports; src/cross-year/ runs them once every file is read.
      return emptyOutcome();
  }
}

const expandedOf = new WeakMap<RuleDef, CheckDef[]>();

/**
 * A rule's checks with `for:` templates expanded, once per rule and process (packs do not
 * change): expanding them for every report was a tenth of linting a 2021 one. Shared, not to
 * be changed by callers.
 */
export function expanded(rule: RuleDef): CheckDef[] {
  let checks = expandedOf.get(rule);
  if (!checks) {
    // Expanded checks are copies: their keys are made the shared strings again (src/shared-strings.ts).
    checks = rule.checks.flatMap(expand).map(shareStringsIn);
    expandedOf.set(rule, checks);
  }
  return checks;
}

/**
 * `for: { col: [a, b] }` repeats a check with `<col>` replaced in every item id, so one
 * line of a pack states a relation that holds per column.
 */
export function expand(check: CheckDef): CheckDef[] {
  const loops = 'for' in check && check.for ? Object.entries(check.for) : [];
  let variants: CheckDef[] = [check];
  for (const [name, values] of loops) {
    variants = variants.flatMap((c) =>
      values.map((v) => JSON.parse(JSON.stringify(c).split(`<${name}>`).join(v)) as CheckDef),
    );
  }
  return variants;
}
