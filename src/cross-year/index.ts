import { expanded } from '../check/run-rule.js';
import type { Lang } from '../check/types.js';
import type { FactStore } from '../fact-store.js';
import { loadPacks, type Severity } from '../packs.js';
import { fileResult, type FileResult, type LintMessage } from '../result.js';
import { runCrossYearCheck } from './checks.js';
import { consecutiveYears, type ReportKey } from './pairs.js';

/**
 * Year over year: once every file is read, reports of one body for consecutive years are
 * compared (rules/cross-year.yaml), with the facts `store` kept of each. Findings go to the
 * later year's report, under its key in the store. `severityFor` gives the configured severity
 * of a rule for that report.
 */
export function crossYearFindings<K extends ReportKey>(
  store: FactStore<K>,
  severityFor: (report: K, ruleId: string) => Severity | undefined,
  langFor: (report: K) => Lang,
): Map<K, LintMessage[]> {
  const added = new Map<K, LintMessage[]>();
  const pack = loadPacks().find((p) => p.id === 'cross-year');
  if (!pack) return added;
  for (const pair of consecutiveYears(store)) {
    for (const rule of pack.rules) {
      const severity = severityFor(pair.current, rule.id) ?? rule.severity;
      if (severity === 'off') continue;
      for (const check of expanded(rule)) {
        for (const m of runCrossYearCheck(check, rule, pair, langFor(pair.current))) {
          added.set(pair.current, [...(added.get(pair.current) ?? []), { ...m, severity: severity === 'error' ? 2 : 1 }]);
        }
      }
    }
  }
  return added;
}

/** A result with cross-year findings added among its own (in line order, counts recomputed). */
export function withFindings(result: FileResult, extra: LintMessage[] | undefined): FileResult {
  if (!extra) return result;
  const { filePath, messages, errorCount: _e, warningCount: _w, fatalErrorCount: _f, ...rest } = result;
  return fileResult(filePath, [...messages, ...extra], rest);
}
