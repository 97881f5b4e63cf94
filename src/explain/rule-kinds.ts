import type { Pack } from '../packs.js';

/**
 * The ids of a pack's rules with a check of one of `kinds`, worked out once per pack and set of
 * kinds: asked for every report with findings, a search of every rule's checks each time.
 */
export function ruleIdsWithKinds(pack: Pack, kinds: readonly string[]): Set<string> {
  let byKinds = cache.get(pack);
  if (!byKinds) cache.set(pack, (byKinds = new Map()));
  const name = kinds.join(',');
  let ids = byKinds.get(name);
  if (!ids) {
    ids = new Set(pack.rules.filter((r) => r.checks.some((c) => kinds.includes(c.kind))).map((r) => r.id));
    byKinds.set(name, ids);
  }
  return ids;
}

const cache = new WeakMap<Pack, Map<string, Set<string>>>();
