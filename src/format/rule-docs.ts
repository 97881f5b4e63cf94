import { helpUri, REPOSITORY_URL, ruleCatalog, type RuleInfo } from '../rule-catalog.js';

/** The catalog entry of a rule id, if the tool knows it. */
export function ruleInfo(id: string): RuleInfo | undefined {
  return ruleCatalog().find((r) => r.id === id);
}

/**
 * Where a rule is documented. Pack rules have a page of their own (docs/rules/<id>.md); the
 * file-level diagnostics are described in the README, so they link there rather than to a
 * page that does not exist.
 */
export function ruleDocUri(id: string): string {
  const info = ruleInfo(id);
  if (!info || info.docPath === `docs/rules/${id}.md`) return helpUri(id);
  return `${REPOSITORY_URL}/blob/main/${info.docPath.split('/').map(encodeURIComponent).join('/')}`;
}
