import { readRuleFile } from '../rule-files.js';
import { charTest, type CharTest } from '../char-test.js';
import type { Text } from '../packs.js';
import { shareStringsIn } from '../shared-strings.js';

/**
 * The narrative policy of rules/narrative.yaml, compiled: which numbers are claims, what each
 * claim counts and which table quantity that is per format. Every word and pattern comes from
 * the YAML; this file only gives it types.
 */

/** A table quantity: one item key, a sum, or a row group (its own value, else its sub-rows). */
export type OperandSpec = string | { sum: OperandSpec[] } | { group: string; column?: string };

export interface Mapping {
  item: OperandSpec;
  /** A second reading, accepted when the sentence matches `when` (收到申请…含上年结转). */
  also?: { when: RegExp; item: OperandSpec; name: Text };
}

export interface SubjectDef {
  id: string;
  name: Text;
  units: string[];
  patterns: RegExp[];
  /** Columns (or outcome suffixes) this subject selects from its parent's item. */
  facet?: string[];
  within?: string[];
  parts?: string[];
  /** Counts under several such subjects may overlap (channels): they are not a partition. */
  overlaps?: boolean;
}

export interface Target {
  subject: string;
  pattern: RegExp;
}

export interface NarrativePolicy {
  punctuation: { sentence: RegExp; strong: RegExp; clause: RegExp; colon: RegExp; open: RegExp; close: RegExp; list: RegExp; comma: RegExp };
  /** The same classes as tests of one code unit, for the readers that walk the text (src/char-test.ts). */
  chars: Record<PunctuationName, CharTest>;
  units: string[];
  percentUnits: string[];
  approximate: { before: RegExp; between: string[]; after: RegExp; rangeBefore: RegExp; rangeAfter: RegExp };
  notACount: { before: RegExp; afterUnit: RegExp; chineseBefore: RegExp };
  notComparable: RegExp;
  breakdown: { marker: string; listEnd: RegExp; exhaustive: RegExp };
  shareCue: RegExp;
  subjects: Map<string, SubjectDef>;
  formats: Map<string, Map<string, Mapping>>;
  negations: Array<{ cue: RegExp; targets: Target[]; unless?: RegExp }>;
  upheld: { cue: RegExp; targets: Target[]; others: string[] };
  period: { pattern: RegExp; start: [number, number]; end: [number, number] };
  activityYear: { sections: RegExp; pattern: RegExp; unless: RegExp };
  sectionCount: { pattern: RegExp; separator: string; conjunction: RegExp };
  layout: { heading: RegExp; footer: RegExp; paragraphEnd: RegExp };
  /**
   * Matches wherever a cue of the statement readers (negations, upheld, period, section count)
   * does: most paragraphs hold none, and one scan then answers for the five patterns.
   * Undefined if the patterns cannot be joined (the readers then always run).
   */
  statementCue?: RegExp;
  /**
   * Match wherever one of the patterns on the words just before a number (not a count,
   * approximate, a range) or just after its unit does: most numbers have none of them, and one
   * test then answers for three or four.
   */
  claimContext: { before?: RegExp; after?: RegExp };
}

interface RawSubject {
  name: Text;
  units?: string[];
  patterns: string[];
  facet?: string[];
  within?: string[];
  parts?: string[];
  overlaps?: boolean;
}

type RawMapping = OperandSpec | { item: OperandSpec; also?: { when: string; item: OperandSpec; name: Text } } | null;

interface RawPolicy {
  punctuation: Record<PunctuationName, string>;
  units: string[];
  percent_units: string[];
  approximate: { before: string; between: string[]; after: string; range_before: string; range_after: string };
  not_a_count: { before: string; after_unit: string; chinese_before: string };
  not_comparable: string;
  breakdown: { marker: string; list_end: string; exhaustive: string };
  share: { cue: string };
  subjects: Record<string, RawSubject>;
  formats: Record<string, Record<string, RawMapping> & { extends?: string }>;
  negations: Array<{ cue: string; targets: Array<{ subject: string; pattern: string }>; unless?: string }>;
  upheld: { cue: string; targets: Array<{ subject: string; pattern: string }>; others: string[] };
  period: { pattern: string; start: [number, number]; end: [number, number] };
  activity_year: { sections: string; pattern: string; unless: string };
  section_count: { pattern: string; separator: string; conjunction: string };
  layout: { heading: string; footer: string; paragraph_end: string };
}

type PunctuationName = 'sentence' | 'strong' | 'clause' | 'colon' | 'open' | 'close' | 'list' | 'comma';

const re = (source: string) => new RegExp(source, 'u');

let cached: NarrativePolicy | undefined;

export function loadNarrativePolicy(): NarrativePolicy {
  if (cached) return cached;
  const raw = readRuleFile('narrative.yaml') as RawPolicy;
  const p = raw.punctuation;
  const targets = (list: Array<{ subject: string; pattern: string }>) => list.map((t) => ({ subject: t.subject, pattern: re(t.pattern) }));
  cached = {
    punctuation: {
      sentence: re(p.sentence),
      strong: re(p.strong),
      clause: re(p.clause),
      colon: re(p.colon),
      open: re(p.open),
      close: re(p.close),
      list: re(p.list),
      comma: re(p.comma),
    },
    chars: Object.fromEntries(Object.entries(p).map(([name, source]) => [name, charTest(re(source))])) as Record<PunctuationName, CharTest>,
    units: [...raw.units].sort((a, b) => b.length - a.length),
    percentUnits: raw.percent_units,
    approximate: {
      before: re(raw.approximate.before),
      between: raw.approximate.between,
      after: re(raw.approximate.after),
      rangeBefore: re(raw.approximate.range_before),
      rangeAfter: re(raw.approximate.range_after),
    },
    notACount: {
      before: re(raw.not_a_count.before),
      afterUnit: re(raw.not_a_count.after_unit),
      chineseBefore: re(raw.not_a_count.chinese_before),
    },
    notComparable: re(raw.not_comparable),
    breakdown: { marker: raw.breakdown.marker, listEnd: re(raw.breakdown.list_end), exhaustive: re(raw.breakdown.exhaustive) },
    shareCue: re(raw.share.cue),
    subjects: new Map(
      Object.entries(raw.subjects).map(([id, s]) => [
        id,
        { id, name: s.name, units: s.units ?? [], patterns: s.patterns.map((x) => new RegExp(x, 'gu')), facet: s.facet, within: s.within, parts: s.parts, overlaps: s.overlaps },
      ]),
    ),
    formats: resolveFormats(raw.formats),
    negations: raw.negations.map((n) => ({ cue: new RegExp(n.cue, 'gu'), targets: targets(n.targets), unless: n.unless ? re(n.unless) : undefined })),
    upheld: { cue: new RegExp(raw.upheld.cue, 'gu'), targets: targets(raw.upheld.targets), others: raw.upheld.others },
    period: { pattern: new RegExp(raw.period.pattern, 'gdu'), start: raw.period.start, end: raw.period.end },
    activityYear: { sections: re(raw.activity_year.sections), pattern: new RegExp(raw.activity_year.pattern, 'du'), unless: re(raw.activity_year.unless) },
    sectionCount: { pattern: new RegExp(raw.section_count.pattern, 'gdu'), separator: raw.section_count.separator, conjunction: re(raw.section_count.conjunction) },
    layout: { heading: re(raw.layout.heading), footer: re(raw.layout.footer), paragraphEnd: re(raw.layout.paragraph_end) },
    statementCue: anyOf([...raw.negations.map((n) => n.cue), raw.upheld.cue, raw.period.pattern, raw.section_count.pattern]),
    claimContext: {
      before: anyOf([raw.not_a_count.before, raw.not_a_count.chinese_before, raw.approximate.before, raw.approximate.range_before]),
      after: anyOf([raw.not_a_count.after_unit, raw.approximate.after, raw.approximate.range_after]),
    },
  };
  return cached;
}

/**
 * One pattern matching wherever any of `sources` does: their alternation, with named groups made
 * plain (two patterns may name a group alike). Undefined when that does not compile, or when a
 * pattern refers back to a group (it would then mean something else).
 */
export function anyOf(sources: string[]): RegExp | undefined {
  if (sources.some((source) => /\\k<|\\[1-9]/.test(source))) return undefined;
  try {
    return new RegExp(sources.map((source) => `(?:${source.replace(/\(\?<([A-Za-z_$][\w$]*)>/g, '(?:')})`).join('|'), 'u');
  } catch {
    return undefined;
  }
}

/** Formats may extend another; `null` removes an inherited mapping. */
function resolveFormats(raw: RawPolicy['formats']): Map<string, Map<string, Mapping>> {
  const out = new Map<string, Map<string, Mapping>>();
  const resolve = (id: string, seen: string[]): Map<string, Mapping> => {
    const done = out.get(id);
    if (done) return done;
    const entry = raw[id];
    if (!entry || seen.includes(id)) throw new Error(`narrative format "${id}" is missing or extends itself`);
    const map = new Map(entry.extends ? resolve(entry.extends, [...seen, id]) : []);
    for (const [subject, m] of Object.entries(entry)) {
      if (subject === 'extends') continue;
      if (m === null) map.delete(subject);
      else map.set(subject, toMapping(m as Exclude<RawMapping, null>));
    }
    out.set(id, map);
    return map;
  };
  for (const id of Object.keys(raw)) resolve(id, []);
  return out;
}

/** Item keys in shared strings, as the packs' are (src/shared-strings.ts). */
function toMapping(m: Exclude<RawMapping, null>): Mapping {
  if (typeof m === 'object' && 'item' in m) {
    return { item: shareStringsIn(m.item), also: m.also ? { when: re(m.also.when), item: shareStringsIn(m.also.item), name: m.also.name } : undefined };
  }
  return { item: shareStringsIn(m) };
}
