import { expanded } from '../check/run-rule.js';
import type { Lang } from '../check/types.js';
import type { FactStore } from '../fact-store.js';
import { loadPacks, type Severity } from '../packs.js';
import { fileResult, type FileResult } from '../result.js';
import { runCrossYearCheck } from './checks.js';
import { consecutiveYears } from './pairs.js';

/**
 * Year over year: once every file is read, reports of one body for consecutive years are
 * compared (rules/cross-year.yaml), with the facts `store` kept of each. Findings go to the later year's report. `severityFor`
 * gives the configured severity of a rule for that file.
 */
export function checkAcrossYears(
  results: FileResult[],
  store: FactStore,
  severityFor: (r: FileResult, ruleId: string) => Severity | undefined,
  langFor: (r: FileResult) => Lang,
): FileResult[] {
  const pack = loadPacks().find((p) => p.id === 'cross-year');
  if (!pack) return results;
  const added = new Map<FileResult, FileResult['messages']>();
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
  if (added.size === 0) return results;
  return results.map((r) => {
    const extra = added.get(r);
    if (!extra) return r;
    // Counts are recomputed by fileResult from the merged messages.
    const { filePath, messages, errorCount: _e, warningCount: _w, fatalErrorCount: _f, ...rest } = r;
    return fileResult(filePath, [...messages, ...extra], rest);
  });
}
