/**
 * HTML's table model as the readers hold a tree to it (src/extract/html-tree.ts's wellFormed,
 * and the strict reader as it builds its tree): cells in rows, rows in tables or their
 * sections, nothing else between (whitespace aside), and only head elements in `<head>`.
 * A tree that breaks it is one a browser would have rebuilt; parse5 then reads the page.
 */

// Maps, not object literals: a page may name an element `constructor` or `toString` (custom
// element names are free), and a property lookup would find Object.prototype's.
/** What may sit directly in each part of a table (whitespace aside), as HTML's table model says. */
const TABLE_CONTENT = new Map<string, Set<string>>([
  ['table', new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'script', 'style', 'template'])],
  ['thead', new Set(['tr', 'script', 'style', 'template'])],
  ['tbody', new Set(['tr', 'script', 'style', 'template'])],
  ['tfoot', new Set(['tr', 'script', 'style', 'template'])],
  ['tr', new Set(['td', 'th', 'script', 'style', 'template'])],
  ['colgroup', new Set(['col', 'template'])],
]);
/** Where each part of a table may be. */
const TABLE_PARENT = new Map<string, Set<string>>([
  ['td', new Set(['tr'])],
  ['th', new Set(['tr'])],
  ['tr', new Set(['table', 'thead', 'tbody', 'tfoot'])],
  ['thead', new Set(['table'])],
  ['tbody', new Set(['table'])],
  ['tfoot', new Set(['table'])],
  ['caption', new Set(['table'])],
  ['colgroup', new Set(['table'])],
  ['col', new Set(['colgroup', 'table'])],
]);
const HEAD_CONTENT = new Set(['meta', 'title', 'link', 'style', 'script', 'base', 'noscript', 'template']);

/** The elements that may be children of an element named `name` ('' for the root), or undefined when any may. */
export function allowedChildren(name: string): Set<string> | undefined {
  return TABLE_CONTENT.get(name) ?? (name === 'head' ? HEAD_CONTENT : undefined);
}

/** The elements an element named `name` may be a child of, or undefined when it may be anywhere. */
export function allowedParents(name: string): Set<string> | undefined {
  return TABLE_PARENT.get(name);
}
