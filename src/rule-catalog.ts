import { metaRules } from './meta.js';
import { loadPacks, type Severity, type Text } from './packs.js';

/** What formatters need to know about a rule: SARIF rule descriptors, help links, docs. */
export interface RuleInfo {
  id: string;
  severity: Exclude<Severity, 'off'>;
  title: Text;
  why?: Text;
  /** Relative path of the rule's page in the repository (docs/rules/<id>.md). */
  docPath: string;
}

export const REPOSITORY_URL = 'https://github.com/disclosure-lint/disclosure-lint';

export function helpUri(id: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(id)}.md`;
}

let cached: RuleInfo[] | undefined;

/** Every rule the tool can report: the packs' rules (once per id) and the file-level diagnostics. */
export function ruleCatalog(): RuleInfo[] {
  if (cached) return cached;
  const byId = new Map<string, RuleInfo>();
  for (const pack of loadPacks()) {
    for (const r of pack.rules) {
      if (r.severity === 'off') continue;
      byId.set(r.id, { id: r.id, severity: r.severity, title: r.title, why: r.why, docPath: `docs/rules/${r.id}.md` });
    }
  }
  for (const [id, m] of Object.entries(metaRules())) {
    byId.set(id, { id, severity: m.severity, title: m.title, docPath: 'README.md' });
  }
  cached = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  return cached;
}
