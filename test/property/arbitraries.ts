import fc from 'fast-check';
import { loadPacks, type Pack, type TableDef } from '../../src/packs.js';

/**
 * Reports with random numbers that satisfy every invariant of their format: totals are built
 * from their parts, bounds are drawn below their limits. Item ids and labels come from the rule
 * packs (rules/*.yaml); only the arithmetic of the template is written here.
 */
export interface Model {
  format: 'legacy' | '2021';
  style: Style;
  pack: Pack;
  year: number;
  agency: string;
  /** Template key (`ap.total`, `t3.granted.np`, `t4.rv.total`) → value. */
  values: Map<string, number>;
}

export const pack = (format: string) => loadPacks().find((p) => p.format === format)!;
export const table = (p: Pack, id: string): TableDef => p.tables.find((t) => t.id === id)!;

/**
 * How a report writes what the model holds, as copies out of Word, web pages and PDFs do:
 * full-width digits (１９０), thousands separators (1,326), CRLF line ends, numbered labels
 * (（一）, 1.) in the legacy table.
 */
export interface Style {
  fullWidth: boolean;
  thousands: boolean;
  crlf: boolean;
  numbered: boolean;
}

export const PLAIN: Style = { fullWidth: false, thousands: false, crlf: false, numbered: false };
export const style: fc.Arbitrary<Style> = fc.record({ fullWidth: fc.boolean(), thousands: fc.boolean(), crlf: fc.boolean(), numbered: fc.boolean() });

/** A model with a random style. */
export const styled = (arb: fc.Arbitrary<Model>) => fc.tuple(arb, style).map(([m, s]) => ({ ...m, style: s }));

/** Mostly small counts, often zero, sometimes in the hundreds or thousands, as reports have them. */
const count = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.nat(9) }, { weight: 2, arbitrary: fc.nat(400) }, { weight: 1, arbitrary: fc.nat(20000) });
/** 万元 amounts: whole, or with one or two decimals. */
const money = fc.oneof(fc.constant(0), fc.nat(500), fc.nat(99999).map((c) => c / 100));
const counts = (n: number) => fc.array(count, { minLength: n, maxLength: n });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** A random part of `n` (0 … n). */
const below = (n: number) => fc.nat(n);

export const legacyModel: fc.Arbitrary<Model> = fc
  .record({
    channels: counts(5),
    normativeIssued: count,
    normativeShare: fc.double({ min: 0, max: 1, noNaN: true }),
    press: count,
    interviews: count,
    rjOther: counts(3),
    leaderShares: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
    requestChannels: counts(4),
    reasons: counts(6),
    answers: counts(7),
    onTimeShare: fc.double({ min: 0, max: 1, noNaN: true }),
    reconsideration: counts(3),
    litigation: counts(3),
    complaints: count,
    fees: money,
    org: counts(4),
    budget: money,
    meetings: counts(3),
  })
  .map((r) => {
    const v = new Map<string, number>();
    const set = (k: string, x: number) => v.set(k, x);
    const [gazette, website, weibo, wechat, other] = r.channels;
    const apTotal = sum(r.channels);
    set('ap.total', apTotal);
    set('ap.normative-issued', r.normativeIssued);
    set('ap.normative', Math.floor(Math.min(apTotal, r.normativeIssued) * r.normativeShare));
    Object.entries({ gazette, website, weibo, wechat, other }).forEach(([k, x]) => set(`ch.${k}`, x));
    const [explainers, social, rjOther] = r.rjOther;
    set('rj.press', r.press);
    set('rj.press-leaders', Math.floor(r.press * r.leaderShares[0]));
    set('rj.interviews', r.interviews);
    set('rj.interviews-leaders', Math.floor(r.interviews * r.leaderShares[1]));
    set('rj.explainers', explainers);
    set('rj.social', social);
    set('rj.other', rjOther);
    set('rj.hotspots', Math.floor((r.press + r.interviews + explainers + social + rjOther) * r.leaderShares[2]));
    ['in-person', 'fax', 'online', 'letter'].forEach((k, i) => set(`req.${k}`, r.requestChannels[i]));
    set('req.received', sum(r.requestChannels));
    ['state-secret', 'trade-secret', 'privacy', 'security', 'not-gov-info', 'other'].forEach((k, i) => set(`req.refused.${k}`, r.reasons[i]));
    const refused = sum(r.reasons);
    set('req.refused', refused);
    ['already-public', 'granted', 'partly', 'not-this-body', 'not-exist', 'amend', 'other-route'].forEach((k, i) => set(`req.${k}`, r.answers[i]));
    const answered = sum(r.answers) + refused;
    set('req.answered', answered);
    set('req.closed', answered);
    const onTime = Math.floor(answered * r.onTimeShare);
    set('req.on-time', onTime);
    set('req.extended', answered - onTime);
    ['upheld', 'corrected', 'other'].forEach((k, i) => set(`rv.${k}`, r.reconsideration[i]));
    set('rv.total', sum(r.reconsideration));
    ['upheld', 'corrected', 'other'].forEach((k, i) => set(`lt.${k}`, r.litigation[i]));
    set('lt.total', sum(r.litigation));
    set('complaints', r.complaints);
    set('fees', r.fees);
    const [offices, points, fullTime, partTime] = r.org;
    set('org.offices', offices);
    set('org.reading-points', points);
    set('org.full-time', fullTime);
    set('org.part-time', partTime);
    set('org.staff', fullTime + partTime);
    set('org.budget', r.budget);
    ['meetings', 'courses', 'trainees'].forEach((k, i) => set(`mt.${k}`, r.meetings[i]));
    return { format: 'legacy' as const, style: PLAIN, pack: pack('legacy'), year: 2018, agency: '青禾镇人民政府', values: v };
  });

/** Bodies named in the title: only the city government may report 规章 (F21-T2-2). */
export const AGENCIES = ['云岫县市场监督管理局', '青禾镇人民政府', '云岫市人民政府'];
const MAY_MAKE_RULES = '云岫市人民政府';

const t3Rows = () => table(pack('2021'), 't3').items.filter((i) => !i.group).map((i) => i.id);
const FLOW_ROWS = ['t3.new', 't3.carried-in', 't3.total', 't3.carried-out'];

export const model2021: fc.Arbitrary<Model> = fc
  .record({
    year: fc.integer({ min: 2021, max: 2024 }),
    agency: fc.constantFrom(...AGENCIES),
    results: fc.array(counts(t3Rows().length - FLOW_ROWS.length), { minLength: 6, maxLength: 6 }),
    carriedOut: counts(6),
    carryShares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
    t4: fc.array(counts(4), { minLength: 3, maxLength: 3 }),
    docs: fc.array(fc.tuple(count, count, count), { minLength: 2, maxLength: 2 }),
    decisions: counts(3),
    fees: money,
  })
  .map((r) => {
    const p = pack('2021');
    const v = new Map<string, number>();
    const t3 = table(p, 't3');
    const applicants = t3.columns.map((c) => c.id).filter((c) => c !== 'total');
    const resultRows = t3Rows().filter((id) => !FLOW_ROWS.includes(id));
    applicants.forEach((col, c) => {
      resultRows.forEach((row, i) => v.set(`${row}.${col}`, r.results[c][i]));
      const total = sum(r.results[c]);
      const carriedIn = Math.floor((total + r.carriedOut[c]) * r.carryShares[c]);
      v.set(`t3.total.${col}`, total);
      v.set(`t3.carried-out.${col}`, r.carriedOut[c]);
      v.set(`t3.carried-in.${col}`, carriedIn);
      v.set(`t3.new.${col}`, total + r.carriedOut[c] - carriedIn);
    });
    for (const row of t3Rows()) v.set(`${row}.total`, sum(applicants.map((c) => v.get(`${row}.${c}`)!)));
    const t4Items = table(p, 't4').items.map((i) => i.id);
    ['rv', 'ltd', 'lta'].forEach((g, i) => {
      const outcomes = t4Items.filter((id) => id.startsWith(`t4.${g}.`) && !id.endsWith('.total'));
      outcomes.forEach((id, k) => v.set(id, r.t4[i][k]));
      v.set(`t4.${g}.total`, sum(r.t4[i]));
    });
    const mayMakeRules = r.agency === MAY_MAKE_RULES;
    ['t2.regs', 't2.normative'].forEach((doc, i) => {
      const [issued, repealed, extra] = mayMakeRules || i === 1 ? r.docs[i] : [0, 0, 0];
      v.set(`${doc}.issued`, issued);
      v.set(`${doc}.repealed`, repealed);
      // 现行有效件数 ≥ 本年制发件数 (F21-T2-1).
      v.set(`${doc}.current`, issued + extra);
    });
    ['t2.license', 't2.penalty', 't2.coercion'].forEach((id, i) => v.set(`${id}.decisions`, r.decisions[i]));
    v.set('t2.fees.amount', r.fees);
    return { format: '2021' as const, style: PLAIN, pack: p, year: r.year, agency: r.agency, values: v };
  });

/** The unit of a key's item (万元 amounts may have decimals). */
export function unitOf(m: Model, key: string): string | undefined {
  let best: { id: string; unit?: string } | undefined;
  for (const t of m.pack.tables) {
    for (const i of t.items) {
      if ((key === i.id || key.startsWith(`${i.id}.`)) && (!best || i.id.length > best.id.length)) best = i;
    }
  }
  return best?.unit;
}
