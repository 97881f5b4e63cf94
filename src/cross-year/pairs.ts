import type { FactStore } from '../fact-store.js';
import type { ReportFacts } from '../lint-source.js';

/** A report as the cross-year checks know it: its file, and whatever key the caller gave it. */
export type ReportKey = { filePath: string };

export interface YearPair<K extends ReportKey = ReportKey> {
  current: K;
  currentFacts: ReportFacts;
  previous: K;
  previousFacts: ReportFacts;
}

/**
 * Reports of the same body for consecutive years. The body is the title's (or the config's
 * `agency`), compared without spaces; a year with two reports of one body is ambiguous and
 * paired with nothing.
 */
export function* consecutiveYears<K extends ReportKey>(store: FactStore<K>): Generator<YearPair<K>> {
  const byAgency = new Map<string, Map<number, K[]>>();
  for (const [r, { agency, year }] of store.entries()) {
    const key = agency.replace(/\s+/g, '');
    const years = byAgency.get(key) ?? new Map<number, K[]>();
    years.set(year, [...(years.get(year) ?? []), r]);
    byAgency.set(key, years);
  }
  for (const years of byAgency.values()) {
    for (const [year, reports] of years) {
      const before = years.get(year - 1);
      if (reports.length !== 1 || before?.length !== 1) continue;
      // Read only now, and one pair at a time: facts may be in the store's temporary file.
      const currentFacts = store.facts(reports[0]);
      const previousFacts = store.facts(before[0]);
      if (currentFacts && previousFacts) yield { current: reports[0], currentFacts, previous: before[0], previousFacts };
    }
  }
}
