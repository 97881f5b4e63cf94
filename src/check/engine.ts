import type { RuleDef, Severity } from '../packs.js';
import type { Report } from '../recognise/report.js';
import { isEmpty } from '../is-empty.js';
import { runRule } from './run-rule.js';
import type { Finding, Lang } from './types.js';

export interface CheckStats {
  run: number;
  passed: number;
  failed: number;
  unevaluated: number;
}

export interface EngineResult {
  findings: Array<Finding & { severity: Exclude<Severity, 'off'> }>;
  stats: CheckStats;
}

/**
 * Runs the recognised pack's rules over a report. A rule whose `skip_if_failed` rule
 * already failed is not run, so a broken ≤ is not reported again as a broken =.
 */
export interface EngineOptions {
  severities: Record<string, Severity>;
  lang: Lang;
  /** Default tolerance for decimal comparisons, and per rule (config `rules: { id: [sev, { tolerance }] }`). */
  tolerance?: number;
  ruleTolerance?: Record<string, number>;
}

export function runChecks(report: Report, options: EngineOptions): EngineResult {
  const { severities, lang } = options;
  const result: EngineResult = { findings: [], stats: { run: 0, passed: 0, failed: 0, unevaluated: 0 } };
  if (!report.pack) return result;
  const failedRules = new Set<string>();
  const chosen = severityMap(severities);
  for (const rule of report.pack.rules) {
    const severity = chosen.get(rule.id) ?? rule.severity;
    if (severity === 'off') continue;
    if (rule.skip_if_failed?.some((id) => failedRules.has(id))) continue;
    const tolerance = options.ruleTolerance?.[rule.id] ?? options.tolerance ?? 0;
    const outcome = runRule({ report, rule, lang, tolerance });
    result.stats.passed += outcome.passed;
    result.stats.failed += outcome.failed;
    result.stats.unevaluated += outcome.unevaluated;
    if (outcome.failed > 0) failedRules.add(rule.id);
    for (const f of outcome.findings) result.findings.push({ ...f, severity });
  }
  result.stats.run = result.stats.passed + result.stats.failed;
  return result;
}

export function severityOf(rule: RuleDef, severities: Record<string, Severity>): Severity {
  return severities[rule.id] ?? rule.severity;
}

/**
 * The severities a configuration sets, as a map for this report's rules: looked up for every
 * rule, an object's property by a rule id that is usually not there was a slow lookup each
 * time. Made anew for each report (a caller may change its object between calls), and none
 * for the usual configuration that sets none.
 */
function severityMap(severities: Record<string, Severity>): Map<string, Severity> {
  return isEmpty(severities) ? NO_SEVERITIES : new Map(Object.entries(severities));
}

const NO_SEVERITIES = new Map<string, Severity>();
