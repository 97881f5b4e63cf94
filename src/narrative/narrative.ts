import { appendAll } from '../append-all.js';
import type { Report } from '../recognise/report.js';
import type { Pack } from '../packs.js';
import type { Target } from './target.js';
import { readBreakdowns, type Breakdown } from './breakdowns.js';
import { readClaims, type Claim } from './claims.js';
import { foldedNumbers } from './numerals.js';
import { readParagraphs, type Para } from './paragraphs.js';
import { loadNarrativePolicy, type NarrativePolicy } from './policy.js';
import { readNegations, readUpheld, type Statement } from './qualitative.js';
import { readActivityYears, readPeriods, readSectionCounts, type ActivityYear, type Period, type SectionCount } from './report-facts.js';
import { objectSlot } from '../object-slot.js';

/**
 * Everything the prose of a report claims, read once per report and shared by the narrative
 * check kinds. Nothing here knows the tables: which item a claim names is decided per format
 * when a check runs (src/narrative/target.ts).
 */
export interface Narrative {
  policy: NarrativePolicy;
  paragraphs: Para[];
  claims: Claim[];
  breakdowns: Breakdown[];
  /** A part that names a column or an outcome of its total (其中自然人31件): part → total. */
  facetOf: Map<Claim, Claim>;
  /** Parts of a total whose subject is unknown or not this year's count: they may count a subset. */
  scoped: Set<Claim>;
  negations: Statement[];
  upheld: Statement[];
  periods: Period[];
  activityYears: ActivityYear[];
  sectionCounts: SectionCount[];
  /** The first paragraph not read for claims (too long, or past the prose budget), if any. */
  unread?: Para;
  /** What each claim names in the report's format (src/narrative/target.ts targetsOf), once asked. */
  targets?: { pack: Pack; of: Array<Target | undefined> };
}

const cache = objectSlot<Report, Narrative>('narrative');

/**
 * Limits against hostile input. A paragraph longer than this is a dump, not prose (a real one
 * runs to a few thousand characters even when PDF lines are joined), and past this much prose
 * (a real report has 5,000 to 30,000 characters) the text is not a report's: neither is read
 * for claims, and the file gets a prose-not-checked warning instead. This keeps the readers'
 * work and memory bounded whatever the input.
 */
export const MAX_PARAGRAPH_CHARS = 10_000;
export const MAX_PROSE_CHARS = 1_000_000;

/** The narrative of a report if a check has read it (reading it only to ask costs a full read). */
export function narrativeIfRead(report: Report): Narrative | undefined {
  return cache.get(report);
}

export function narrativeOf(report: Report): Narrative {
  const known = cache.get(report);
  if (known) return known;
  const policy = loadNarrativePolicy();
  const paragraphs = readParagraphs(report.prose, report.source, policy);
  const n: Narrative = {
    policy,
    paragraphs,
    claims: [],
    breakdowns: [],
    facetOf: new Map(),
    scoped: new Set(),
    negations: [],
    upheld: [],
    periods: [],
    activityYears: [],
    sectionCounts: [],
    unread: undefined,
    targets: undefined,
  };
  let budget = MAX_PROSE_CHARS;
  for (const para of paragraphs) {
    if (para.text.length > MAX_PARAGRAPH_CHARS) {
      n.unread ??= para;
      continue;
    }
    budget -= para.text.length;
    if (budget < 0) {
      n.unread ??= para;
      break;
    }
    // Folded here, before any reader sees the text: the scan for numbers finds whether it must be.
    const { text, tokens } = foldedNumbers(para.text);
    para.text = text;
    const claims = readClaims(para, policy, tokens);
    appendAll(n.claims, claims);
    appendAll(n.breakdowns, readBreakdowns(para.text, claims, policy));
    if (policy.statementCue?.test(para.text) ?? true) {
      appendAll(n.negations, readNegations(para, policy));
      appendAll(n.upheld, readUpheld(para, policy));
      appendAll(n.periods, readPeriods(para, policy));
      appendAll(n.sectionCounts, readSectionCounts(para, policy));
    }
    appendAll(n.activityYears, readActivityYears(para, policy));
  }
  relateParts(n);
  cache.set(report, n);
  return n;
}

/**
 * A part names its own table quantity only under a total whose subject is known, is this year's
 * count and lists it among its parts; a facet part (自然人, 维持) names a column or outcome of
 * that total's item. Any other part may count a subset (其中食品安全领域行政处罚决定…).
 */
function relateParts(n: Narrative) {
  for (const b of n.breakdowns) {
    const parent = b.total.subject ? n.policy.subjects.get(b.total.subject.id) : undefined;
    const known = parent && !parent.facet && b.total.comparable ? parent : undefined;
    for (const part of b.parts) {
      const claim = part.claim;
      if (!claim?.subject) continue;
      const def = n.policy.subjects.get(claim.subject.id);
      if (def?.facet) {
        if (known && def.within?.includes(known.id)) n.facetOf.set(claim, b.total);
      } else if (!known?.parts?.includes(claim.subject.id) || claim.subject.id === known.id) {
        n.scoped.add(claim);
      }
    }
  }
}
