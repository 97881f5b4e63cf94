import { readRuleFile } from './rule-files.js';

/** The folding data of rules/normalise.yaml: what counts as a placeholder, a unit, a prefix. */
export interface Folding {
  placeholders: Set<string>;
  units: string[];
  labelPrefixes: string[];
  traditional: Map<string, string>;
}

let cached: Folding | undefined;

export function loadFolding(): Folding {
  if (cached) return cached;
  const raw = readRuleFile('normalise.yaml') as {
    placeholders: string[];
    units: string[];
    label_prefixes: string[];
    traditional: Record<string, string>;
  };
  cached = {
    placeholders: new Set(raw.placeholders),
    units: [...raw.units].sort((a, b) => b.length - a.length),
    labelPrefixes: raw.label_prefixes,
    traditional: new Map(Object.entries(raw.traditional)),
  };
  return cached;
}
