import type { Element, ElementContent, Properties, Root } from 'hast';
import { isAsciiSpace } from './html-text.js';
import { allowedChildren, allowedParents } from './html-table-model.js';
import { PositionedElement, PositionedText, type OffsetPosition } from './html-position.js';

/**
 * What the strict reader (readStrict) tells as it reads a page, in document order: an element's
 * start (a void element has no end), its end, and each text node (a run of text, or one
 * character reference). A TreeBuilder makes htmlparser2's tree of them; the streaming reader
 * (src/extract/html-stream.ts) makes the page's blocks of them without a tree.
 */
export interface StrictSink {
  open(name: string, properties: Properties, start: number, isVoid: boolean): void;
  close(end: number): void;
  /** `verbatim`: the value is html[start, end) as it is (not a character reference's text). */
  text(value: string, start: number, end: number, verbatim: boolean): void;
}

/**
 * The tree htmlparser2 builds (src/extract/html-tree.ts), for the pages where building it needs
 * none of its repairs: every element closed by its own end tag, in order. Such a page (a CMS
 * article, a generated report) is read a tag at a time by searching for the next `<`, where
 * htmlparser2's tokenizer visits every character through its state machine: about a third of
 * the time an HTML report took. Anything outside that subset (an end tag left out or out of
 * order, a stray `<`, a character reference other than the common ones, an attribute written
 * unusually, svg or math) returns undefined, and htmlparser2 reads the page; so does a page
 * that breaks HTML's table model (text or a `<div>` in a row), which parse5 reads in the end.
 * The property test in test/property/html-parsers.test.ts holds the two trees equal wherever
 * this one is given. `from` and `to`: read only html[from, to), a run of whole elements of a
 * page read before (a table, read again as a tree by html-stream.ts).
 */
export function strictTree(html: string, from = 0, to = html.length): StrictRead | undefined {
  const tree = new TreeBuilder();
  const read = readStrict(html, tree, from, to);
  return read && { root: tree.root, markupInText: read.markupInText };
}

/** Builds htmlparser2's tree of what readStrict tells. */
class TreeBuilder implements StrictSink {
  readonly root: Root = { type: 'root', children: [] };
  private readonly elements: Array<Element | Root> = [this.root];

  open(name: string, properties: Properties, start: number, isVoid: boolean): void {
    const element: Element = new PositionedElement(name, properties, start);
    addChild(this.elements[this.elements.length - 1], element);
    // A void element ends where it starts, as htmlparser2 closes it at once.
    if (!isVoid) this.elements.push(element);
  }

  close(end: number): void {
    ((this.elements.pop() as Element).position as OffsetPosition).endOffset = end;
  }

  text(value: string, start: number, end: number, verbatim: boolean): void {
    addChild(this.elements[this.elements.length - 1], new PositionedText(value, start, end, verbatim));
  }
}

/**
 * Reads html[from, to) in the strict subset (see strictTree), telling `sink` what it reads;
 * undefined as soon as the page is outside the subset (what the sink was told is then to be
 * thrown away).
 */
export function readStrict(html: string, sink: StrictSink, from = 0, to = html.length): { markupInText: boolean } | undefined {
  let markupInText = false;
  const openTags: Tag[] = [];
  // The next `&` from a place on: found once and reused while the reading is before it (a search
  // per text node would go to the end of a page that has none, again and again).
  let amp = html.indexOf('&', from);
  const ampFrom = (at: number) => {
    if (amp >= 0 && amp < at) amp = html.indexOf('&', at);
    return amp;
  };
  // The last start tag's element (not unsupported), and its attributes as written (through its `>`) and what they read as.
  let lastStart: Tag | undefined;
  let lastAttributes = '';
  let lastProperties: Properties = NO_PROPERTIES;
  let i = from;
  while (i < to) {
    // Tags often follow tags (`</td><td>`): the next character is looked at before a search.
    const found = html.charCodeAt(i) === LT ? i : html.indexOf('<', i);
    const lt = found >= to ? -1 : found;
    const textEnd = lt < 0 ? to : lt;
    // Text directly in a table, a row or `<head>` (whitespace aside) breaks the table model.
    if (textEnd > i && !addText(html, i, textEnd, sink, ampFrom, openTags[openTags.length - 1]?.children !== undefined)) return undefined;
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === SLASH) {
      const open = openTags[openTags.length - 1];
      // The end tag of the open element written as its name is (`</td>`, most of them): known at a look.
      if (open !== undefined && html.startsWith(open.name, lt + 2) && html.charCodeAt(lt + 2 + open.name.length) === GT) {
        openTags.pop();
        i = lt + 3 + open.name.length;
        sink.close(i);
        continue;
      }
      // `</name>`, nothing between the name and `>` (htmlparser2 ends an element at the first
      // space after its name).
      const nameEnd = tagNameEnd(html, lt + 2);
      if (nameEnd === lt + 2 || html.charCodeAt(nameEnd) !== GT) return undefined;
      // (By name: `<TD>` and `</td>` are written differently.)
      if (openTags[openTags.length - 1]?.name !== tagAt(html, lt + 2, nameEnd).name) return undefined;
      openTags.pop();
      sink.close(nameEnd + 1);
      i = nameEnd + 1;
    } else if (next === BANG) {
      const end = skipMarkup(html, lt);
      if (end < 0) return undefined;
      markupInText ||= hasLt(html, lt + 1, end);
      i = end;
    } else {
      let nameEnd: number;
      let tag: Tag;
      // The name of the last start tag again, written as its name is (`<td>` after `<td>`): known at a look.
      if (lastStart !== undefined && html.startsWith(lastStart.name, lt + 1) && endsTagName(html.charCodeAt(lt + 1 + lastStart.name.length))) {
        nameEnd = lt + 1 + lastStart.name.length;
        tag = lastStart;
      } else {
        nameEnd = tagNameEnd(html, lt + 1);
        if (nameEnd === lt + 1) return undefined;
        tag = tagAt(html, lt + 1, nameEnd);
        if (tag.unsupported) return undefined;
        lastStart = tag;
      }
      const top = openTags[openTags.length - 1];
      if (!fitsUnder(tag, top)) return undefined;
      if (tag.notNested && openTags.some((t) => t.name === tag.name)) return undefined;
      let properties: Properties = NO_PROPERTIES;
      if (html.charCodeAt(nameEnd) === GT) i = nameEnd + 1;
      else if (lastAttributes !== '' && html.startsWith(lastAttributes, nameEnd)) {
        // The attributes of the last start tag again (`<p style="text-indent:2em">` on every
        // paragraph): the pattern, which reads no further than their `>`, would read them alike.
        properties = lastProperties;
        i = nameEnd + lastAttributes.length;
      } else {
        ATTRIBUTES.lastIndex = nameEnd;
        const m = ATTRIBUTES.exec(html);
        if (!m) return undefined;
        markupInText ||= m[1].includes('<');
        properties = attributesOf(m[1]);
        i = ATTRIBUTES.lastIndex;
        lastAttributes = html.slice(nameEnd, i);
        lastProperties = properties;
      }
      if (!tag.void && openTags.length >= MAX_DEPTH) return undefined;
      sink.open(tag.name, properties, lt, tag.void);
      if (tag.void) continue;
      openTags.push(tag);
      if (tag.rawText) {
        const end = rawTextEnd(html, i, tag.name);
        if (end < 0) return undefined;
        markupInText ||= hasLt(html, i, end);
        if (end > i) {
          // <title> decodes character references, the others not: either way none may be there.
          if (tag.name === 'title' && ampFrom(i) >= 0 && ampFrom(i) < end) return undefined;
          sink.text(html.slice(i, end), i, end, true);
        }
        i = end;
      }
    }
  }
  return openTags.length === 0 ? { markupInText } : undefined;
}

/**
 * Elements nested deeper than this (no page comes near: a Word-exported one nests a few dozen)
 * are left to the other readers, whose walk recurses once per level and says such a page is too
 * complex when it overflows the stack; the streaming reader, which would not, then says the same.
 */
const MAX_DEPTH = 1000;

/** What the strict reader read of a page. */
export interface StrictRead {
  /** htmlparser2's tree of the page, which also follows the table model (src/extract/html-table-model.ts). */
  root: Root;
  /**
   * A `<` in a comment, a declaration, raw text (`<script>`) or an attribute value: text that
   * a search for tags over the whole page (html-tree.ts's straySectionEnd) would also find.
   * Without one, every `</tbody>` of the page closed a `<tbody>` here.
   */
  markupInText: boolean;
}

function hasLt(html: string, from: number, to: number): boolean {
  const lt = html.indexOf('<', from);
  return lt >= 0 && lt < to;
}

const LT = 0x3c;
const SLASH = 0x2f;
const BANG = 0x21;
const GT = 0x3e;

/** Whether a character ends a tag name (as tagNameEnd reads one): `>`, `/` or white space; NaN past the end does not. */
function endsTagName(c: number): boolean {
  return c === GT || c === SLASH || isAsciiSpace(c);
}

/** Where a tag name starting at `from` ends (as htmlparser2 reads one: an ASCII letter, then up to white space, `/` or `>`); `from` if none starts there. */
function tagNameEnd(html: string, from: number): number {
  const first = html.charCodeAt(from) | 0x20;
  if (first < 0x61 || first > 0x7a) return from;
  let end = from + 1;
  for (let c = html.charCodeAt(end); end < html.length && !(c === GT || c === SLASH || isAsciiSpace(c)); c = html.charCodeAt(++end));
  return end;
}

/**
 * Whether an element may open where `top` is the innermost open one (undefined: none) without
 * htmlparser2's or a browser's repairs. Pages open the same element in the same parent again
 * and again (`<td>` in a `<tr>`): the answer for the last parent is kept with the tag.
 */
function fitsUnder(tag: Tag, top: Tag | undefined): boolean {
  const parent = top ?? null;
  if (tag.lastParent !== parent) {
    tag.lastParent = parent;
    tag.fitsLastParent = fits(tag, top);
  }
  return tag.fitsLastParent;
}

function fits(tag: Tag, top: Tag | undefined): boolean {
  // htmlparser2 would close the open element here (a `<p>` in a `<p>`, a `<td>` after a `<td>`).
  if (top !== undefined && tag.closes?.has(top.name)) return false;
  // Where the table model does not allow it (a `<div>` in a row, a cell outside one), a browser
  // would have moved it: parse5 reads such a page (src/extract/html-tree.ts's wellFormed).
  if (top?.children && !top.children.has(tag.name)) return false;
  if (tag.parents && !tag.parents.has(top?.name ?? '')) return false;
  return true;
}

/** What the reading needs to know of an element name, worked out once per name as written. */
interface Tag {
  name: string;
  void: boolean;
  rawText: boolean;
  /** The open elements its start tag closes in htmlparser2. */
  closes?: Set<string>;
  notNested: boolean;
  unsupported: boolean;
  /** The table model's rules for it (src/extract/html-table-model.ts). */
  children?: Set<string>;
  parents?: Set<string>;
  /** The parent fitsUnder last answered for (null: none; undefined: not asked yet), and its answer. */
  lastParent: Tag | null | undefined;
  fitsLastParent: boolean;
}

const tags = new Map<string, Tag>();
const tagsByCode = new Map<number, Tag>();

/**
 * The tag of the name html[from, to). A name of up to eight letters and digits (nearly all) is
 * found by a number made of its characters, without cutting it out of the page first.
 */
function tagAt(html: string, from: number, to: number): Tag {
  if (to - from > 8) return tagOf(html.slice(from, to));
  let code = 0;
  for (let i = from; i < to; i++) {
    const c = html.charCodeAt(i);
    const lower = c | 0x20;
    const digit = lower >= 0x61 && lower <= 0x7a ? lower - 0x60 : c >= 0x30 && c <= 0x39 ? c - 0x30 + 27 : 0;
    if (digit === 0) return tagOf(html.slice(from, to));
    code = code * 64 + digit;
  }
  // A page names the same element again and again (`<td>…</td><td>`): the last one is kept at hand.
  if (code === lastCode) return lastTag!;
  let tag = tagsByCode.get(code);
  if (!tag) {
    tag = tagOf(html.slice(from, to).toLowerCase());
    if (tagsByCode.size > 1000) tagsByCode.clear();
    tagsByCode.set(code, tag);
  }
  lastCode = code;
  lastTag = tag;
  return tag;
}

let lastCode = -1;
let lastTag: Tag | undefined;

function tagOf(written: string): Tag {
  let tag = tags.get(written);
  if (!tag) {
    const name = written.toLowerCase();
    tag = {
      name,
      void: VOID.has(name),
      rawText: RAW_TEXT.has(name),
      closes: OPEN_IMPLIES_CLOSE.get(name),
      notNested: NOT_NESTED.has(name),
      unsupported: UNSUPPORTED.has(name),
      children: allowedChildren(name),
      parents: allowedParents(name),
      lastParent: undefined,
      fitsLastParent: false,
    };
    // Names come from pages: a page of made-up ones must not fill memory.
    if (tags.size > 1000) tags.clear();
    tags.set(written, tag);
  }
  return tag;
}

/** htmlparser2's white space (HTML's): space, LF, tab, FF, CR. */
const WS = '[ \\n\\t\\f\\r]';
/**
 * What follows a start tag's name: attributes each after white space, values without `&`
 * (character references in attributes are left to htmlparser2), an optional `/` before `>`.
 */
const ATTRIBUTES = new RegExp(
  `((?:${WS}+[^ \\n\\t\\f\\r"'/>=&]+(?:${WS}*=${WS}*(?:"[^"&]*"|'[^'&]*'|[^ \\n\\t\\f\\r>&"'][^ \\n\\t\\f\\r>&]*))?)*)${WS}*/?>`,
  'y',
);
const ATTRIBUTE = new RegExp(`([^ \\n\\t\\f\\r"'/>=&]+)(?:${WS}*=${WS}*(?:"([^"&]*)"|'([^'&]*)'|([^ \\n\\t\\f\\r>&]+)))?`, 'g');

/** Every name attributesOf reads appears in the attributes' text as one of these (any case). */
const READ_ATTRIBUTE = /hidden|role|span/i;

/** The attributes the readers look at, as html-tree.ts's propertiesOf gives them (the first of a repeated name wins). */
function attributesOf(text: string): Properties {
  // Most attributes are none of them (`style`, `class`, `href`): one search says so.
  if (!READ_ATTRIBUTE.test(text)) return NO_PROPERTIES;
  const properties: Properties = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    // Only four names are read (hidden, role, colspan, rowspan).
    if (m[1].length < 4 || m[1].length > 7) continue;
    const name = m[1].toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (name === 'hidden') properties.hidden = true;
    else if (name === 'role') properties.role ??= value;
    else if (name === 'colspan') properties.colSpan ??= value;
    else if (name === 'rowspan') properties.rowSpan ??= value;
  }
  return properties;
}

/**
 * Text from `from` to `to` as htmlparser2 gives it: one node, or one node per run between
 * character references and one per reference (its character, spanning the whole reference).
 * False when a `&` is not one of the references read here.
 */
function addText(html: string, from: number, to: number, sink: StrictSink, ampFrom: (from: number) => number, blankOnly: boolean): boolean {
  if (blankOnly && !isBlankText(html, from, to, ampFrom)) return false;
  let i = from;
  for (let amp = ampFrom(i); amp >= 0 && amp < to; amp = ampFrom(i)) {
    REFERENCE.lastIndex = amp;
    const m = REFERENCE.exec(html);
    if (!m || REFERENCE.lastIndex > to) return false;
    const value = m[1] !== undefined ? NAMED.get(m[1]) : codePointText(m[2] !== undefined ? Number.parseInt(m[2], 10) : Number.parseInt(m[3], 16));
    if (value === undefined) return false;
    if (amp > i) sink.text(html.slice(i, amp), i, amp, true);
    sink.text(value, amp, REFERENCE.lastIndex, false);
    i = REFERENCE.lastIndex;
  }
  if (to > i) sink.text(html.slice(i, to), i, to, true);
  return true;
}

/**
 * Appends a node to an element's (or the root's) children. The first child makes an array of
 * one: most elements of a report page hold one (a cell its text), and an array's first push
 * gives it room for 17. Measured over the corpus's pages: 479 instead of 498 kB allocated per
 * page linted (the pushes' 43 kB became 21 kB of arrays), CPU within bench/ab.mjs's noise.
 */
function addChild(parent: Element | Root, node: ElementContent): void {
  if (parent.children.length === 0) parent.children = [node];
  else (parent.children as ElementContent[]).push(node);
}

/**
 * Whether text[from, to) is white space once read, as `value.trim() === ''` says of its nodes:
 * anything with a `&` is not taken for blank (a page rarely writes `&nbsp;` between rows; the
 * tree is then left to htmlparser2, which decides).
 */
function isBlankText(html: string, from: number, to: number, ampFrom: (from: number) => number): boolean {
  const amp = ampFrom(from);
  if (amp >= 0 && amp < to) return false;
  return html.slice(from, to).trim() === '';
}

const REFERENCE = /&(?:([a-zA-Z]+)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/y;
/** The named references Chinese report pages use, each written with its `;`. */
const NAMED = new Map([
  ['nbsp', '\u00a0'], ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['ldquo', '\u201c'], ['rdquo', '\u201d'], ['lsquo', '\u2018'], ['rsquo', '\u2019'], ['mdash', '\u2014'],
  ['ndash', '\u2013'], ['hellip', '\u2026'], ['middot', '\u00b7'], ['times', '\u00d7'], ['divide', '\u00f7'],
  ['yen', '\u00a5'], ['copy', '\u00a9'], ['reg', '\u00ae'], ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'],
]);

/** A numeric reference's text, for the code points every decoder reads alike (no controls, surrogates or C1 remapping). */
function codePointText(cp: number): string | undefined {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff || cp === 0xfffe || cp === 0xffff) return undefined;
  return String.fromCodePoint(cp);
}

/** Past a comment `<!--…-->` or a declaration `<!DOCTYPE …>` at `lt`; -1 for anything else. */
function skipMarkup(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    // `<!-->` and `<!--->` end a comment at once, and `--!>` ends one too: left to htmlparser2.
    if (html.startsWith('>', lt + 4) || html.startsWith('->', lt + 4)) return -1;
    const end = html.indexOf('-->', lt + 4);
    if (end < 0) return -1;
    const body = html.slice(lt + 4, end);
    if (body.includes('--')) return -1;
    return end + 3;
  }
  const c = html.charCodeAt(lt + 2) | 0x20;
  if (c < 0x61 || c > 0x7a) return -1;
  const end = html.indexOf('>', lt + 2);
  return end < 0 ? -1 : end + 1;
}

/** Where the text of a raw-text element ends: at its end tag, which must follow as `</name>`. */
function rawTextEnd(html: string, from: number, name: string): number {
  for (let lt = html.indexOf('</', from); lt >= 0; lt = html.indexOf('</', lt + 1)) {
    if (html.slice(lt + 2, lt + 2 + name.length).toLowerCase() !== name) continue;
    const after = html.charCodeAt(lt + 2 + name.length);
    if (after === 0x3e) return lt;
    // `</script foo>` or `</script\n>`: htmlparser2 ends the element at the space.
    if (after === 0x20 || after === 0x0a || after === 0x09 || after === 0x0c || after === 0x0d) return -1;
  }
  return -1;
}


/** The properties of an element without attributes, shared (the readers never write to properties). */
export const NO_PROPERTIES: Properties = Object.freeze({});

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
/** htmlparser2's (10.x) table: the open elements a start tag closes. */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((n) => [n, P] as [string, Set<string>]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((n) => [n, FORM] as [string, Set<string>]),
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])], ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
]);
/** htmlparser2's void elements: closed as soon as opened. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose text htmlparser2 reads to their end tag without looking for tags. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
/** Foreign content (self-closing tags count there) and what html-tree.ts treats as misnested. */
const UNSUPPORTED = new Set(['svg', 'math']);
/** Elements a browser never nests in themselves: it closes the open one first (html-tree.ts marks such a page misnested). */
export const NOT_NESTED = new Set(['a', 'form', 'button', 'nobr']);
