import type { Lang } from '../check/types.js';
import { ruleCatalog } from '../rule-catalog.js';
import { ruleDocUri } from './rule-docs.js';
import { escapeControls } from './sanitize.js';

export type SarifLevel = 'error' | 'warning' | 'note';

/** A SARIF reportingDescriptor, with the fields GitHub code scanning requires filled in. */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { precision: 'very-high'; 'problem.severity': 'error' | 'warning' };
}

export function levelOf(severity: number): SarifLevel {
  return severity === 2 ? 'error' : severity === 1 ? 'warning' : 'note';
}

/**
 * Every rule the tool can report, in the catalog's (sorted, stable) order so that a result's
 * ruleIndex means the same rule from run to run. Ids the catalog does not know (a rule added
 * by a newer pack than this formatter was built with) are appended so that every result still
 * has a descriptor.
 */
export function sarifRules(lang: Lang, extraIds: Iterable<string>): { rules: SarifRule[]; index: Map<string, number> } {
  const rules: SarifRule[] = ruleCatalog().map((r) => {
    const title = r.title[lang];
    const why = r.why?.[lang] ?? title;
    return descriptor(r.id, title, why, r.severity === 'error' ? 'error' : 'warning');
  });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const id of extraIds) {
    if (index.has(id)) continue;
    index.set(id, rules.length);
    rules.push(descriptor(id, id, id, 'warning'));
  }
  return { rules, index };
}

function descriptor(id: string, title: string, why: string, level: 'error' | 'warning'): SarifRule {
  const uri = ruleDocUri(id);
  return {
    id,
    // SARIF's name is a readable identifier rather than a sentence; the id is one, and stays
    // the same in every language.
    name: id,
    shortDescription: { text: escapeControls(title) },
    fullDescription: { text: escapeControls(why) },
    help: { text: `${escapeControls(why)}\n${uri}`, markdown: `${escapeControls(why)}\n\n[${id}](${uri})` },
    helpUri: uri,
    defaultConfiguration: { level },
    // Checks are arithmetic on the numbers as written: a finding is never a guess.
    properties: { precision: 'very-high', 'problem.severity': level },
  };
}
