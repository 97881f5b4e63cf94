import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Block } from '../document.js';
import type { Folding } from '../folding.js';
import { SourceText } from '../source-text.js';
import { decodeHtml } from './html-charset.js';
import { readStrict } from './html-strict.js';
import { StreamWalker } from './html-stream.js';
import { looseTree, parseHtml, strictReadStands } from './html-tree.js';
import { Walker } from './html-walk.js';
import { FileFailure } from './file-failure.js';
import type { ReadResult } from './input-kinds.js';

/** An HTML file: decoded by its declared charset (html-charset.ts), then read. */
export function readHtmlBytes(bytes: Uint8Array, folding: Folding): ReadResult {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) {
    return { failure: decoded.reason === 'empty' ? 'file-empty' : decoded.reason === 'binary' ? 'file-binary' : 'file-undecodable' };
  }
  const source = new SourceText(decoded.text, decoded.bmpOnly);
  return { source, document: { blocks: extractHtml(source, folding, decoded.nulFree) }, encoding: decoded.encoding };
}

const fullParser = unified().use(rehypeParse);

/**
 * HTML as published (Word-exported pages, CMS articles, fragments): headings, paragraphs and
 * tables in document order, every span in the original HTML source. Tables become full grids
 * (html-grid.ts); a table used for page layout (a single cell, a cell holding another table or
 * a page's worth of text) is read as the blocks inside it. Scripts, styles, navigation, site headers and footers are
 * skipped. A `<br>` ends a paragraph, as CMS pages separate paragraphs with it. `nulFree`: the
 * page is known to have no NUL character (the decoder can tell from the bytes).
 */
export function extractHtml(source: SourceText, folding: Folding, nulFree = false): Block[] {
  return blocksOf(source, folding, (html) => {
    // parse5 drops NUL characters from text; the other readers keep them.
    if (!nulFree && html.includes('\u0000')) return fullTree(html);
    // Read as it is read when the page needs none of htmlparser2's repairs (src/extract/html-stream.ts),
    // else htmlparser2's tree, unless the page needs HTML5's repairs (src/extract/html-tree.ts).
    const stream = new StreamWalker(source, folding);
    const strict = readStrict(html, stream);
    if (strict) return strictReadStands(html, strict.markupInText) ? stream.finish() : fullTree(html);
    return looseTree(html) ?? fullTree(html);
  });
}

/**
 * extractHtml by walking the trees of src/extract/html-tree.ts (the strict reader's, else
 * htmlparser2's, else parse5's): exported for the property test that holds the streaming
 * reader's blocks to the tree walker's.
 */
export function extractHtmlFromTrees(source: SourceText, folding: Folding, nulFree = false): Block[] {
  return blocksOf(source, folding, (html) => parseHtml(html, nulFree) ?? fullTree(html));
}

/**
 * The blocks parse5's tree gives, which extractHtml falls back to: exported for the property
 * test that holds the two parsers to the same blocks wherever the fast one is used.
 */
export function extractHtmlWithParse5(source: SourceText, folding: Folding): Block[] {
  return blocksOf(source, folding, fullTree);
}

function fullTree(html: string): Root {
  return fullParser.parse(html) as Root;
}

/** `read`: the page's blocks, or a tree of it to walk. */
function blocksOf(source: SourceText, folding: Folding, read: (html: string) => Root | Block[]): Block[] {
  // Each element counted takes at least two characters (`<` and a letter): a page shorter than
  // twice the limit cannot exceed it, and is not counted.
  if (source.text.length > 2 * MAX_HTML_ELEMENTS && countTags(source.text) > MAX_HTML_ELEMENTS) {
    throw new FileFailure('file-too-complex', { limit: MAX_HTML_ELEMENTS });
  }
  try {
    const tree = read(source.text);
    if (Array.isArray(tree)) return tree;
    const walker = new Walker(source, folding);
    walker.visitAll(tree.children, false);
    walker.flush();
    return walker.blocks;
  } catch (error) {
    // The tree is built without recursion, but walking it recurses once per level, so elements
    // nested a few thousand deep (no real page comes near) overflow the stack.
    if (error instanceof RangeError) throw new FileFailure('file-too-complex', { limit: MAX_HTML_ELEMENTS });
    throw error;
  }
}

/**
 * Most elements a page may have. The parsed tree costs about 700 bytes per element with its
 * text, and reading it as blocks and cells several times that, so 200,000 (a Word-exported
 * report has a few thousand; a statistics table a few hundred) keep a page within a few hundred
 * MB, where a 64 MB page of table cells would need gigabytes.
 */
export const MAX_HTML_ELEMENTS = 200_000;

/** An upper bound of the elements in an HTML text: every `<` that opens a tag. */
function countTags(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

