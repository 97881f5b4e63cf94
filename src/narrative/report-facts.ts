import { chineseValue } from './numerals.js';
import type { Para } from './paragraphs.js';
import type { NarrativePolicy } from './policy.js';
import { allMatches } from './matches.js';

/** What the prose says about the report itself: its statistics period, the year it describes, its parts. */

/** One number of a date, where it is printed. */
export interface DatePart {
  value: number;
  index: number;
  end: number;
}

export interface Period {
  para: Para;
  start: { year: DatePart; month: DatePart; day: DatePart };
  end: { year?: DatePart; month: DatePart; day: DatePart };
  index: number;
  phrase: string;
}

export interface ActivityYear {
  para: Para;
  year: DatePart;
}

export interface SectionCount {
  para: Para;
  announced: DatePart;
  listed: number;
  /** Listed items written with 和/及 that may stand for two parts. */
  joined: number;
}

export function readPeriods(para: Para, policy: NarrativePolicy): Period[] {
  const out: Period[] = [];
  for (const m of allMatches(policy.period.pattern, para.text)) {
    const part = (name: string): DatePart | undefined => {
      const at = m.indices?.groups?.[name];
      const text = m.groups?.[name];
      return at && text !== undefined ? { value: Number(text), index: at[0], end: at[1] } : undefined;
    };
    const y1 = part('y1');
    const m1 = part('m1');
    const d1 = part('d1');
    const m2 = part('m2');
    const d2 = part('d2');
    if (!y1 || !m1 || !d1 || !m2 || !d2) continue;
    const y2 = part('y2');
    out.push({ para, start: { year: y1, month: m1, day: d1 }, end: { year: y2, month: m2, day: d2 }, index: m.index, phrase: m[0] });
  }
  return out;
}

/** Sentences of the overview that open with a year ("2021年，我局…"), except plans and comparisons. */
export function readActivityYears(para: Para, policy: NarrativePolicy): ActivityYear[] {
  const { activityYear, chars } = policy;
  if (para.isHeading || !para.section || !activityYear.sections.test(para.section)) return [];
  const out: ActivityYear[] = [];
  let start = 0;
  for (let i = 0; i <= para.text.length; i++) {
    if (i < para.text.length && !chars.sentence(para.text.charCodeAt(i))) continue;
    const sentence = para.text.slice(start, i);
    const m = activityYear.pattern.exec(sentence);
    const at = m?.indices?.groups?.year;
    if (m?.groups?.year && at && !activityYear.unless.test(sentence)) {
      out.push({ para, year: { value: Number(m.groups.year), index: start + at[0], end: start + at[1] } });
    }
    start = i + 1;
  }
  return out;
}

/** "全文包括A、B、C三部分": the announced count and the items listed before it. */
export function readSectionCounts(para: Para, policy: NarrativePolicy): SectionCount[] {
  const { sectionCount } = policy;
  const out: SectionCount[] = [];
  for (const m of allMatches(sectionCount.pattern, para.text)) {
    const n = m.groups?.n;
    const at = m.indices?.groups?.n;
    const list = m.groups?.list;
    if (!n || !at || !list) continue;
    const value = /^\d+$/u.test(n) ? Number(n) : chineseValue(n);
    if (value === undefined) continue;
    const items = list.split(sectionCount.separator).map((s) => s.trim()).filter((s) => s.length > 0);
    if (items.length < 2) continue;
    out.push({
      para,
      announced: { value, index: at[0], end: at[1] },
      listed: items.length,
      joined: items.filter((s) => sectionCount.conjunction.test(s)).length,
    });
  }
  return out;
}
