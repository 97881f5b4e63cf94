import type { Pack, Text } from '../packs.js';
import type { Claim } from './claims.js';
import type { Narrative } from './narrative.js';
import type { Mapping, NarrativePolicy, OperandSpec } from './policy.js';
import { shared } from '../shared-strings.js';

/**
 * The table quantity a claim names in the report's format: the item keys to add up, and a second
 * reading the sentence allows (收到申请…含上年结转: 一 + 二). Undefined when the claim names
 * nothing in this format, or names it only under a total it may not share (a facet of a total
 * that the sentence reads two ways).
 */
export interface Target {
  subject: string;
  name: Text;
  keys: string[];
  also?: { keys: string[]; name: Text };
}

/**
 * targetOf for every claim of a narrative, in the claims' order, worked out once per report: each
 * claim-value rule (four in the 2021 format) and the explanations ask about every claim. Shared:
 * callers do not change it.
 */
export function targetsOf(n: Narrative, pack: Pack): ReadonlyArray<Target | undefined> {
  if (n.targets?.pack !== pack) n.targets = { pack, of: n.claims.map((claim) => targetOf(claim, n, pack)) };
  return n.targets.of;
}

export function targetOf(claim: Claim, n: Narrative, pack: Pack): Target | undefined {
  if (!claim.subject || n.scoped.has(claim)) return undefined;
  const def = n.policy.subjects.get(claim.subject.id);
  if (!def) return undefined;
  const mappings = n.policy.formats.get(pack.format);
  if (def.facet) {
    const total = n.facetOf.get(claim);
    const parentDef = total?.subject && n.policy.subjects.get(total.subject.id);
    const mapping = parentDef && mappings?.get(parentDef.id);
    if (!total || !parentDef || !mapping || (mapping.also && mapping.also.when.test(sentenceOf(total, n.policy)))) return undefined;
    const base = keysOf(mapping.item, pack);
    const keys = base && withFacet(base, def.facet);
    if (!keys) return undefined;
    return { subject: def.id, name: { zh: `${parentDef.name.zh}中的${def.name.zh}`, en: `${def.name.en} among ${parentDef.name.en}` }, keys };
  }
  const mapping = mappings?.get(def.id);
  const keys = mapping && keysOf(mapping.item, pack);
  if (!mapping || !keys) return undefined;
  return { subject: def.id, name: def.name, keys, also: alsoKeys(mapping, claim, pack, n.policy) };
}

/** Keys of a subject that is not a claim's (negations, 均获维持): its plain reading. */
export function subjectKeys(subject: string, n: Narrative, pack: Pack): string[] | undefined {
  const mapping = n.policy.formats.get(pack.format)?.get(subject);
  return mapping ? keysOf(mapping.item, pack) : undefined;
}

function alsoKeys(mapping: Mapping, claim: Claim, pack: Pack, policy: NarrativePolicy): Target['also'] {
  if (!mapping.also || !mapping.also.when.test(sentenceOf(claim, policy))) return undefined;
  const keys = keysOf(mapping.also.item, pack);
  return keys && { keys, name: mapping.also.name };
}

/**
 * Item keys of an operand. A group is the row's own value when the pack has one (F19 （六）其他处理),
 * else the sum of its numbered sub-rows (F21 （六）1.–3.).
 */
export function keysOf(spec: OperandSpec, pack: Pack): string[] | undefined {
  if (typeof spec === 'string') {
    let keys = plainKeys.get(spec);
    if (!keys) plainKeys.set(spec, (keys = [spec]));
    return keys;
  }
  // The same few specs are looked up for every claim of every report: the answer is kept (and
  // shared: callers do not change it).
  let byPack = keysCache.get(spec);
  if (!byPack) {
    byPack = new WeakMap();
    keysCache.set(spec, byPack);
  }
  if (byPack.has(pack)) return byPack.get(pack);
  const keys = computeKeys(spec, pack);
  byPack.set(pack, keys);
  return keys;
}

const keysCache = new WeakMap<Exclude<OperandSpec, string>, WeakMap<Pack, string[] | undefined>>();
/** The policy's own item keys, each as the one array keysOf gives for it (withFacet keeps its answers per array). */
const plainKeys = new Map<string, string[]>();

function computeKeys(spec: Exclude<OperandSpec, string>, pack: Pack): string[] | undefined {
  if ('sum' in spec) {
    const all = spec.sum.map((s) => keysOf(s, pack));
    return all.every((k): k is string[] => k !== undefined) ? all.flat() : undefined;
  }
  const items = pack.tables.flatMap((t) => t.items);
  const key = (id: string) => (spec.column ? shared(`${id}.${spec.column}`) : id);
  const own = items.find((i) => i.id === spec.group);
  if (own && !own.group) return [key(own.id)];
  const children = items.filter((i) => i.id.startsWith(`${spec.group}.`) && !i.group);
  return children.length > 0 ? children.map((i) => key(i.id)) : undefined;
}

/**
 * The same items in other columns or outcomes: t3.new.total → t3.new.np, t4.rv.total → t4.rv.upheld.
 * Kept per keys and facet (both the policy's and keysOf's own arrays, the same for every claim) and
 * shared: callers do not change it.
 */
export function withFacet(keys: string[], facet: string[]): string[] | undefined {
  let byFacet = facetKeys.get(keys);
  if (!byFacet) facetKeys.set(keys, (byFacet = new WeakMap()));
  if (byFacet.has(facet)) return byFacet.get(facet);
  const out = keys.some((k) => !k.includes('.')) ? undefined : keys.flatMap((k) => facet.map((f) => shared(k.replace(/\.[^.]+$/u, `.${f}`))));
  byFacet.set(facet, out);
  return out;
}

const facetKeys = new WeakMap<string[], WeakMap<string[], string[] | undefined>>();

/**
 * The sentence a claim is in. The sentence ends of a paragraph are found once and searched, so
 * that a paragraph of many claims and few full stops costs no more per claim than a real one.
 */
export function sentenceOf(claim: Claim, policy: NarrativePolicy): string {
  const { text } = claim.para;
  const breaks = sentenceEnds(claim.para, policy);
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < claim.index) lo = mid + 1;
    else hi = mid;
  }
  return text.slice(lo > 0 ? breaks[lo - 1] + 1 : 0, lo < breaks.length ? breaks[lo] : text.length);
}

/** Indices of the characters that end a sentence in a paragraph, in order. */
function sentenceEnds(para: Claim['para'], policy: NarrativePolicy): number[] {
  let ends = para.sentenceEnds;
  if (!ends) {
    ends = [];
    for (let i = 0; i < para.text.length; i++) if (policy.chars.sentence(para.text.charCodeAt(i))) ends.push(i);
    para.sentenceEnds = ends;
  }
  return ends;
}
