import type { FileResult } from '../result.js';
import type { ReportFacts } from '../lint-source.js';

export interface YearPair {
  current: FileResult;
  currentFacts: ReportFacts;
  previous: FileResult;
  previousFacts: ReportFacts;
}

/**
 * Reports of the same body for consecutive years. The body is the title's (or the config's
 * `agency`), compared without spaces; a year with two reports of one body is ambiguous and
 * paired with nothing.
 */
export function consecutiveYears(results: FileResult[], factsOf: (r: FileResult) => ReportFacts | undefined): YearPair[] {
  const byAgency = new Map<string, Map<number, Array<[FileResult, ReportFacts]>>>();
  for (const r of results) {
    const facts = factsOf(r);
    if (!facts?.agency || facts.year === undefined) continue;
    const agency = facts.agency.replace(/\s+/g, '');
    const years = byAgency.get(agency) ?? new Map();
    years.set(facts.year, [...(years.get(facts.year) ?? []), [r, facts]]);
    byAgency.set(agency, years);
  }
  const pairs: YearPair[] = [];
  for (const years of byAgency.values()) {
    for (const [year, reports] of years) {
      const before = years.get(year - 1);
      if (reports.length !== 1 || before?.length !== 1) continue;
      pairs.push({ current: reports[0][0], currentFacts: reports[0][1], previous: before[0][0], previousFacts: before[0][1] });
    }
  }
  return pairs;
}
