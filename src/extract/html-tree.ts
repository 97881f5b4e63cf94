import type { Element, ElementContent, Properties, Root, Text } from 'hast';
import { Parser } from 'htmlparser2';
import { NOT_NESTED, strictTree } from './html-strict.js';
import { PositionedElement, PositionedText, type OffsetPosition } from './html-position.js';
import { allowedChildren, allowedParents } from './html-table-model.js';

/**
 * An HTML page as a tree of the hast shape the readers walk (elements with `tagName`,
 * `properties` and `children`; text nodes with the decoded `value`; every node with its source
 * offsets), built from htmlparser2's events: parse5 with source positions cost about 1 ms a
 * page, most of the time an HTML report took, and htmlparser2 gives the same offsets at a fifth
 * of that. htmlparser2 closes what a page leaves open as browsers do in most places, but it does
 * not run HTML5's tree construction: a stray end tag inside a cell (`<td>甲</div>`) closes the
 * whole table, rows wrapped in `<form>` or `<font>` stay inside them, content after a table
 * left open ends up in it. When the tree shows any such sign (wellFormed below), this returns
 * undefined and the page is parsed again by parse5, which builds what a browser shows. A page
 * that needs none of htmlparser2's repairs is read by src/extract/html-strict.ts, which builds
 * the same tree in a third of the time.
 *
 * A text node is cut where an entity is: each piece keeps the exact source range of its
 * decoded text, so that a number written with `&nbsp;` still points at its characters.
 * `nulFree`: the caller knows the page has no NUL character, so it is not searched for one.
 */
export function parseHtml(html: string, nulFree = false): Root | undefined {
  // parse5 drops NUL characters from text; htmlparser2 keeps them.
  if (!nulFree && html.includes('\u0000')) return undefined;
  // The same tree, read faster when the page needs none of htmlparser2's repairs; it holds to
  // the table model, and its end tags closed elements in order, so a section end can be stray
  // only where markup is text.
  const strict = strictTree(html);
  if (strict) return strictReadStands(html, strict.markupInText) ? strict.root : undefined;
  return looseTree(html);
}

/**
 * Whether what the strict reader read of a page stands (else parse5 reads the page): without
 * markup in its text, every `</tbody>` of the page closed a `<tbody>` there.
 */
export function strictReadStands(html: string, markupInText: boolean): boolean {
  return !(markupInText && straySectionEnd(html));
}

/** htmlparser2's tree of a page the strict reader could not read, or undefined when it needs parse5's repairs. */
export function looseTree(html: string): Root | undefined {
  if (straySectionEnd(html)) return undefined;
  const root = htmlparser2Tree(html);
  return root && wellFormed(root) ? root : undefined;
}

/** htmlparser2's tree, or undefined when it shows an element misnested (exported for the property test). */
export function htmlparser2Tree(html: string): Root | undefined {
  const root: Root = { type: 'root', children: [] };
  const open: Array<Element | Root> = [root];
  const top = () => open[open.length - 1];
  let misnested = false;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        // A browser closes the open one first (`<a>` in a link, `<form>` in a form).
        if (NOT_NESTED.has(name) && open.some((e) => e.type === 'element' && e.tagName === name)) misnested = true;
        const element: Element = new PositionedElement(name, propertiesOf(attributes), start);
        (top().children as ElementContent[]).push(element);
        open.push(element);
      },
      onclosetag(name, isImplied) {
        const element = top();
        if (element.type !== 'element' || element.tagName !== name) return;
        // htmlparser2 closes a `<select>` itself when another opens, but then keeps the new one
        // open, where a browser ignores it: any select closed by another tag is misnested.
        if (isImplied && (misnests(html, parser.startIndex, name) || name === 'select')) misnested = true;
        // An element closed by the tag that opens the next one ends where that tag starts.
        const end = isImplied ? parser.startIndex : parser.endIndex + 1;
        const position = element.position as OffsetPosition;
        position.endOffset = Math.min(Math.max(end, position.startOffset), html.length);
        open.pop();
      },
      ontext(value) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const text: Text = new PositionedText(value, start, end, end - start === value.length && html.startsWith(value, start));
        (top().children as ElementContent[]).push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  return misnested ? undefined : root;
}

/**
 * Elements whose end tag a page may leave out (HTML's optional end tags): closing one because
 * an enclosing element ends is what a browser does too. Any other element closed by the end tag
 * of another (`<td>甲</div>`), or anything closed by the end tag of a formatting element
 * (`<b><p>一</b>二</p>`, which a browser repairs by moving the `<b>`), is misnested.
 */
const OPTIONAL_END_TAG = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'rt', 'rp']);
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);


/** Whether the token at `index`, which closed `name` implicitly, is an end tag that misnests it. */
function misnests(html: string, index: number, name: string): boolean {
  if (html.charCodeAt(index) !== 60 || html.charCodeAt(index + 1) !== 47) return false;
  const tag = /^<\/([A-Za-z][^\s/>]*)/.exec(html.slice(index, index + 40))?.[1]?.toLowerCase();
  if (tag === undefined || tag === name) return false;
  return FORMATTING.has(tag) || !OPTIONAL_END_TAG.has(name);
}

/**
 * More `</tbody>` (`</thead>`, `</tfoot>`) than `<tbody>`: a browser puts every row in a table
 * section, written or not, so such an end tag closes the open cell and row there; htmlparser2
 * has no section to close and ignores it. Counted over the page, as the events never show it.
 */
function straySectionEnd(html: string): boolean {
  if (!/<\/t(?:body|head|foot)\b/i.test(html)) return false;
  const counts = new Map<string, number>();
  for (const m of html.matchAll(/<(\/?)t(body|head|foot)\b/gi)) {
    const key = m[2].toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + (m[1] ? -1 : 1));
    if (counts.get(key)! < 0) return true;
  }
  return false;
}

/**
 * The tree follows the table model (cells in rows, rows in tables, nothing else between) and
 * a `<head>` holds only head elements. Checked without recursion: a page may nest deeply.
 */
function wellFormed(root: Root): boolean {
  const stack: Array<Element | Root> = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const parentName = parent.type === 'element' ? parent.tagName : '';
    const allowed = allowedChildren(parentName);
    for (const child of parent.children) {
      if (child.type === 'text') {
        if (allowed && child.value.trim() !== '') return false;
        continue;
      }
      if (child.type !== 'element') continue;
      if (allowed && !allowed.has(child.tagName)) return false;
      const parents = allowedParents(child.tagName);
      if (parents && !parents.has(parentName)) return false;
      stack.push(child);
    }
  }
  return true;
}

/** The attributes the readers look at, named and typed as hast names them. */
function propertiesOf(attributes: Record<string, string>): Properties {
  const properties: Properties = {};
  for (const name in attributes) {
    if (name === 'hidden') properties.hidden = true;
    else if (name === 'role') properties.role = attributes[name];
    else if (name === 'colspan') properties.colSpan = attributes[name];
    else if (name === 'rowspan') properties.rowSpan = attributes[name];
  }
  return properties;
}
