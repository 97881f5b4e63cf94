import type { NarrativePolicy, SubjectDef } from './policy.js';
import { allMatches } from './matches.js';
import { detached } from '../detached.js';

/** Where a subject is named in a paragraph: text[index, end). */
export interface SubjectHit {
  id: string;
  index: number;
  end: number;
}

/**
 * What a number counts, from the words of its clause (`segment`, at `offset` in the paragraph).
 * Only subjects whose unit fits are considered; a match inside a longer match of another subject
 * does not count (不予公开 holds 予以公开 no more than 上年结转 holds 结转). If two different
 * subjects remain, the number is ambiguous and names neither. `only` limits the candidates (the
 * parts a total can have).
 */
export function findSubject(
  segment: string,
  offset: number,
  unit: string,
  policy: NarrativePolicy,
  only?: string[],
): Found {
  const found = subjectInClause(segment, unit, policy, only);
  if (!found.hit) return { ambiguous: found.ambiguous };
  return { hit: { ...found.hit, index: found.hit.index + offset, end: found.hit.end + offset }, ambiguous: false };
}

/**
 * Results per policy and clause text. Reports repeat the same clauses (全年共收到政府信息公开申请,
 * 其中自然人), within a report and across the reports of a province, and trying every pattern
 * of every subject on each is most of the cost of reading the prose. Bounded: cleared when full.
 */
const MEMO_SIZE = 20_000;
/** Per policy: results per unit and candidate list, then per clause text; and how many in all. */
const memo = new WeakMap<NarrativePolicy, { size: number; byKind: Map<string, Map<string, Found>> }>();

type Found = { hit?: SubjectHit; ambiguous: boolean };

/** findSubject with the hit's offsets relative to the clause, memoised. */
function subjectInClause(segment: string, unit: string, policy: NarrativePolicy, only?: string[]): Found {
  let tables = memo.get(policy);
  if (!tables) memo.set(policy, (tables = { size: 0, byKind: new Map() }));
  // The clause is looked up as it is: joined into one key with the rest, every lookup copied it.
  const kind = only ? `${unit}\u0000${only.join(',')}` : unit;
  let table = tables.byKind.get(kind);
  if (!table) tables.byKind.set(kind, (table = new Map()));
  const known = table.get(segment);
  if (known) return known;
  const found = searchClause(segment, unit, policy, only);
  if (tables.size >= MEMO_SIZE) {
    tables.byKind.clear();
    tables.size = 0;
    tables.byKind.set(kind, (table = new Map()));
  }
  // Detached: a slice of the paragraph kept as a key would keep the report's text alive.
  table.set(detached(segment), found);
  tables.size++;
  return found;
}

function searchClause(segment: string, unit: string, policy: NarrativePolicy, only?: string[]): Found {
  const hits: SubjectHit[] = [];
  for (const subject of policy.subjects.values()) {
    if (!fits(subject, unit) || (only && !only.includes(subject.id))) continue;
    for (const pattern of subject.patterns) {
      for (const m of allMatches(pattern, segment)) {
        if (m[0].length > 0) hits.push({ id: subject.id, index: m.index, end: m.index + m[0].length });
      }
    }
  }
  const kept = hits.filter((h) => !hits.some((o) => o.id !== h.id && o.index <= h.index && o.end >= h.end && o.end - o.index > h.end - h.index));
  const ids = new Set(kept.map((h) => h.id));
  if (ids.size !== 1) return { ambiguous: ids.size > 1 };
  return { hit: kept.reduce((a, b) => (b.end > a.end ? b : a)), ambiguous: false };
}

export function fits(subject: SubjectDef, unit: string): boolean {
  return subject.units.length === 0 || subject.units.includes(unit);
}
