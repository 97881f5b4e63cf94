import { numberTokens, chineseValue, type NumberToken } from './numerals.js';
import type { Para } from './paragraphs.js';
import type { NarrativePolicy } from './policy.js';
import { findSubject, type SubjectHit } from './subjects.js';
import { isWhiteSpace } from '../char-test.js';

/**
 * A quantified claim: a number with its unit, in a paragraph, and what it counts when the words
 * before it say so unambiguously. Numbers without a unit (dates, document numbers), ordinals and
 * numbers inside words (一次性, 15个工作日) are not claims.
 */
export interface Claim {
  para: Para;
  /** The number itself: text[index, end). */
  index: number;
  end: number;
  /** Just past the unit and any approximate marker after it (30条左右). */
  unitEnd: number;
  value: number;
  text: string;
  unit: string;
  decimals: number;
  percent: boolean;
  /** false for 30余条, 约30条, 3至5件: never compared for equality. */
  exact: boolean;
  /** false when the clause makes it a change, a running total or another year's figure. */
  comparable: boolean;
  /** Where the words that may name its subject start. */
  segStart: number;
  subject?: SubjectHit;
  /** Two different subjects in its clause: what it counts is unclear. */
  ambiguous: boolean;
}

/** The claims of a paragraph whose text is folded; `tokens` are its numbers, when already read. */
export function readClaims(para: Para, policy: NarrativePolicy, tokens = numberTokens(para.text)): Claim[] {
  const claims: Claim[] = [];
  for (const token of tokens) {
    const claim = asClaim(para, token, policy);
    if (claim) claims.push(claim);
  }
  let previousEnd = 0;
  for (const claim of claims) {
    claim.segStart = segmentStart(para.text, claim.index, previousEnd, policy);
    const segment = para.text.slice(claim.segStart, claim.index);
    claim.comparable = !policy.notComparable.test(segment);
    const found = findSubject(segment, claim.segStart, claim.unit, policy);
    claim.subject = found.hit;
    claim.ambiguous = found.ambiguous;
    previousEnd = claim.unitEnd;
  }
  return claims;
}

function asClaim(para: Para, token: NumberToken, policy: NarrativePolicy): Claim | undefined {
  const text = para.text;
  let { end, value } = token;
  let at = skipSpaces(text, end);
  let approximate = false;
  // Most numbers are followed by no marker at all: its first character says so without a search.
  const between = betweenStarts(policy).has(text.charCodeAt(at))
    ? policy.approximate.between.find((m) => text.startsWith(m, at) && unitAt(text, at + m.length, policy))
    : undefined;
  if (between) {
    approximate = true;
    at += between.length;
  }
  let unit = unitAt(text, at, policy);
  // 三万元 is 3 万元, not 30000 元: a Chinese numeral gives its last character back to the unit.
  if (token.chinese && token.text.length > 1) {
    const longer = unitAt(text, end - 1, policy);
    const shorter = longer && longer.length > 1 ? chineseValue(token.text.slice(0, -1)) : undefined;
    if (longer && shorter !== undefined) {
      end -= 1;
      value = shorter;
      at = end;
      unit = longer;
    }
  }
  if (!unit) return undefined;
  let unitEnd = at + unit.length;
  const after = text.slice(unitEnd);
  const before = text.slice(Math.max(0, token.index - 12), token.index);
  // Most numbers have none of these words around them: one joint test each side says so.
  const beforeMay = policy.claimContext.before?.test(before) ?? true;
  const afterMay = policy.claimContext.after?.test(after) ?? true;
  if (afterMay && policy.notACount.afterUnit.test(after)) return undefined;
  if (beforeMay && policy.notACount.before.test(before)) return undefined;
  if (beforeMay && token.chinese && policy.notACount.chineseBefore.test(before)) return undefined;
  const trailing = afterMay ? policy.approximate.after.exec(after) : null;
  if (trailing) {
    approximate = true;
    unitEnd += trailing[0].length;
  }
  if ((beforeMay && (policy.approximate.before.test(before) || policy.approximate.rangeBefore.test(before))) || (afterMay && policy.approximate.rangeAfter.test(after))) {
    approximate = true;
  }
  return {
    para,
    index: token.index,
    end,
    unitEnd,
    value,
    text: text.slice(token.index, end),
    unit,
    decimals: token.decimals,
    percent: policy.percentUnits.includes(unit),
    exact: !approximate,
    comparable: true,
    segStart: token.index,
    ambiguous: false,
  };
}

/** The longest unit at a position (units are sorted longest first). */
function unitAt(text: string, at: number, policy: NarrativePolicy): string | undefined {
  // Most numbers of a report are in words (一年来, 进一步) and have no unit: one lookup by the
  // first character answers them instead of a comparison with every unit.
  const candidates = unitsByFirstChar(policy).get(text.charCodeAt(at));
  return candidates?.find((u) => text.startsWith(u, at));
}

const unitIndex = new WeakMap<NarrativePolicy, Map<number, string[]>>();
const betweenIndex = new WeakMap<NarrativePolicy, Set<number>>();

/** The first characters of the markers between a number and its unit (余, 多, 来). */
function betweenStarts(policy: NarrativePolicy): Set<number> {
  let starts = betweenIndex.get(policy);
  if (!starts) {
    starts = new Set(policy.approximate.between.map((m) => m.charCodeAt(0)));
    betweenIndex.set(policy, starts);
  }
  return starts;
}

function unitsByFirstChar(policy: NarrativePolicy): Map<number, string[]> {
  let index = unitIndex.get(policy);
  if (!index) {
    index = new Map();
    for (const unit of policy.units) index.set(unit.charCodeAt(0), [...(index.get(unit.charCodeAt(0)) ?? []), unit]);
    unitIndex.set(policy, index);
  }
  return index;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The words that can name what a number counts start after the previous claim and after the
 * last clause break; a colon right before the number (新收申请：38件) is looked past.
 */
function segmentStart(text: string, index: number, previousEnd: number, policy: NarrativePolicy): number {
  const { clause, colon } = policy.chars;
  let start = index;
  while (start > previousEnd && !clause(text.charCodeAt(start - 1))) start--;
  if (start > previousEnd && text.slice(start, index).trim() === '' && colon(text.charCodeAt(start - 1))) {
    start--;
    while (start > previousEnd && !clause(text.charCodeAt(start - 1))) start--;
  }
  return start;
}
