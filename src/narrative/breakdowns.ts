import type { Claim } from './claims.js';
import type { NarrativePolicy, SubjectDef } from './policy.js';
import { findSubject, type SubjectHit } from './subjects.js';
import { isWhiteSpace } from '../char-test.js';

/**
 * "共 X，其中 a、b、c" and "X（a、b、c）": a total and the parts the text breaks it into, with
 * the share printed after a part (占41%) or instead of it (自然人申请占80%).
 */
export interface Part {
  claim?: Claim;
  share?: Claim;
  /** The words before the part's number, without list punctuation. */
  lead: string;
}

export interface Breakdown {
  total: Claim;
  parts: Part[];
  /** The last part is "the rest" (其他…, 其余…, 另…): the parts add up to the total exactly. */
  exhaustive: boolean;
  /** Some parts may count the same items (channels): they are not summed. */
  overlapping: boolean;
}

export function readBreakdowns(text: string, claims: Claim[], policy: NarrativePolicy): Breakdown[] {
  const out: Breakdown[] = [];
  const counts = claims.filter((c) => !c.percent);
  // A total is a count before the marker: no count, no breakdown, and a marker before the first
  // count's unit has none (searching from there spares most of the text of most paragraphs).
  if (counts.length === 0) return out;
  const { marker } = policy.breakdown;
  const closing = closingBrackets(text, policy);
  for (let at = text.indexOf(marker, counts[0].unitEnd); at >= 0; at = text.indexOf(marker, at + marker.length)) {
    // The last count ending before the marker (claims are in text order and do not overlap).
    const total = counts[firstIndex(counts, (c) => c.unitEnd > at) - 1];
    if (!total || !onlyPunctuation(text.slice(total.unitEnd, at), policy)) continue;
    const gap = text.slice(total.unitEnd, at);
    let from = at + marker.length;
    const colon = policy.chars.colon(text.charCodeAt(from));
    if (colon) from++;
    const limit = policy.punctuation.open.test(gap) ? closing(total.unitEnd) : text.length;
    out.push(build(text, claims, total, from, limit, colon, policy, closing));
  }
  // X（a、b、c） without 其中.
  for (const total of counts) {
    if (!policy.chars.open(text.charCodeAt(total.unitEnd))) continue;
    const from = total.unitEnd + 1;
    if (text.startsWith(marker, from)) continue;
    const b = build(text, claims, total, from, closing(total.unitEnd), true, policy, closing);
    if (b.parts.some((p) => p.claim)) out.push(b);
  }
  return out.filter((b) => b.parts.length > 0);
}

/** The first index whose item passes the test (items ordered so that it fails, then passes), or the length. */
function firstIndex<T>(items: T[], passes: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (passes(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

type Closing = (from: number) => number;

/**
 * More parts than this is not a breakdown a report writes (table 三 has 21 result rows): such a
 * list, like the ones a text of unclosed brackets makes of everything after them, is left alone.
 */
const MAX_PARTS = 64;

function build(text: string, claims: Claim[], total: Claim, from: number, limit: number, colon: boolean, policy: NarrativePolicy, closing: Closing): Breakdown {
  const parent = total.subject ? policy.subjects.get(total.subject.id) : undefined;
  const parts: Part[] = [];
  let pos = from;
  // A share in brackets after a part (16件（占41%）) leaves a bracket to close before the next part.
  let openShare = false;
  for (let c = firstIndex(claims, (claim) => claim.index >= from); c < claims.length; c++) {
    const next = claims[c];
    if (next.index < pos) continue;
    if (next.index >= limit) break;
    let lead = text.slice(pos, next.index);
    if (openShare && policy.chars.close(lead.charCodeAt(0))) lead = lead.slice(1);
    openShare = false;
    if (ends(lead, colon || namesAPart(next, parent, policy), policy)) break;
    const trimmed = lastClause(lead, policy);
    if (policy.breakdown.listEnd.test(trimmed) || trimmed.includes(policy.breakdown.marker)) break;
    if (next.percent) {
      const cue = policy.shareCue.exec(lead);
      if (!cue) break;
      const before = lead.slice(0, cue.index);
      const alone = onlyPunctuation(before.replace(policy.punctuation.open, ''), policy);
      const last = parts[parts.length - 1];
      if (alone && last?.claim && !last.share) {
        last.share = next;
        openShare = policy.punctuation.open.test(before);
      } else if (!alone) parts.push({ share: next, lead: trimmed });
      else break;
      pos = next.unitEnd;
      continue;
    }
    if (next.unit !== total.unit) break;
    const subject = next.subject ?? after(text, next, total, policy);
    if (subject && next.subject && subject.id !== parent?.id) {
      const def = policy.subjects.get(subject.id);
      if (!def?.facet && parent?.parts && !parent.parts.includes(subject.id)) break;
    }
    // Under a total that says what its parts are, a number that names none of them (and is not
    // "the rest") is about something else: 办结50件，其中予以公开26件，…，涉及企业档案20件.
    if (!subject && parent?.parts && !next.ambiguous && !policy.breakdown.exhaustive.test(trimmed) && parts.length > 0) break;
    if (!next.subject && subject) next.subject = subject;
    parts.push({ claim: next, lead: trimmed });
    pos = skipBracket(text, next.unitEnd, claims, policy, closing);
    if (parts.length > MAX_PARTS) return { total, parts: [], exhaustive: false, overlapping: false };
  }
  const last = parts[parts.length - 1];
  const exhaustive = parts.filter((p) => p.claim).length >= 2 && !!last?.claim && policy.breakdown.exhaustive.test(last.lead);
  const overlapping = parts.some((p) => p.claim?.subject && policy.subjects.get(p.claim.subject.id)?.overlaps);
  return { total, parts, exhaustive, overlapping };
}

/**
 * A part may name its subject after the number (其中1件经复议维持原答复): only the parts its
 * total can have are looked for there, and never the total's own subject again.
 */
function after(text: string, part: Claim, total: Claim, policy: NarrativePolicy): SubjectHit | undefined {
  const parent = total.subject ? policy.subjects.get(total.subject.id) : undefined;
  if (!parent?.parts) return undefined;
  let end = part.unitEnd;
  while (end < text.length && !policy.chars.clause(text.charCodeAt(end)) && !isAsciiDigit(text.charCodeAt(end))) end++;
  const only = parent.parts.filter((id) => id !== parent.id);
  return findSubject(text.slice(part.unitEnd, end), part.unitEnd, part.unit, policy, only).hit;
}

/**
 * The list stops at the end of the sentence, and at ； unless it was opened with a colon
 * (其中：a；b；c) or the next number plainly names a part of this total (办结50件，其中予以公开26件，
 * 占52%；部分公开4件…).
 */
function ends(lead: string, semicolonSeparates: boolean, policy: NarrativePolicy): boolean {
  const c = policy.chars;
  for (let i = 0; i < lead.length; i++) {
    const code = lead.charCodeAt(i);
    if (c.sentence(code) || c.close(code) || (!semicolonSeparates && c.strong(code))) return true;
  }
  return false;
}

function namesAPart(next: Claim, parent: SubjectDef | undefined, policy: NarrativePolicy): boolean {
  const id = next.subject?.id;
  if (!id || !parent) return false;
  const def = policy.subjects.get(id);
  return !!parent.parts?.includes(id) || !!def?.within?.includes(parent.id);
}

/** The words of a part: after the last list punctuation (the words before belong to the previous part). */
function lastClause(lead: string, policy: NarrativePolicy): string {
  let i = lead.length;
  while (i > 0 && !policy.chars.list(lead.charCodeAt(i - 1)) && !policy.chars.colon(lead.charCodeAt(i - 1))) i--;
  return lead.slice(i).trim();
}

function onlyPunctuation(s: string, policy: NarrativePolicy): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!isWhiteSpace(code) && !policy.chars.clause(code)) return false;
  }
  return true;
}

/**
 * For a text, the function giving the index of the bracket closing the one at or after `from`
 * (the text's end when it is not closed). Depths are counted once for the whole text, so that a
 * paragraph of many unclosed brackets is not scanned to its end for each: with depth[i] the opens
 * minus the closes in text[0, i), the answer is the first close at i ≥ from with
 * depth[i + 1] = depth[from] (what counting from `from` with depth 0 gives).
 */
function closingBrackets(text: string, policy: NarrativePolicy): Closing {
  // Built on first use: most paragraphs never ask.
  let built: Closing | undefined;
  return (from) => (built ??= bracketTable(text, policy))(from);
}

function bracketTable(text: string, policy: NarrativePolicy): Closing {
  const depth = new Int32Array(text.length + 1);
  const closesAt = new Map<number, number[]>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isOpen = policy.chars.open(code);
    const isClose = !isOpen && policy.chars.close(code);
    depth[i + 1] = depth[i] + (isClose ? -1 : isOpen ? 1 : 0);
    if (!isClose) continue;
    const list = closesAt.get(depth[i + 1]);
    if (list) list.push(i);
    else closesAt.set(depth[i + 1], [i]);
  }
  return (from) => {
    const list = closesAt.get(depth[from]) ?? [];
    const k = firstIndex(list, (i) => i >= from);
    return k < list.length ? list[k] : text.length;
  };
}

/**
 * After a part, a bracket holds its own breakdown or a note: the list goes on after it. Only a
 * bracket that holds just a share (（占41%）) is read, for the share.
 */
function skipBracket(text: string, at: number, claims: Claim[], policy: NarrativePolicy, closing: Closing): number {
  if (!policy.chars.open(text.charCodeAt(at))) return at;
  const close = closing(at);
  if (close >= text.length) return at;
  let inside = 0;
  for (let c = firstIndex(claims, (claim) => claim.index > at); c < claims.length && claims[c].index < close; c++) {
    if (!claims[c].percent) return close + 1;
    inside++;
  }
  return inside > 0 ? at : close + 1;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
