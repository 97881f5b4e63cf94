/**
 * What the HTML readers (the tree walker in html-walk.ts, the streaming reader in
 * html-stream.ts, the cells in html-grid.ts) make of each element, by name.
 */

/** Page furniture and things that are not text a reader sees. */
export const IGNORED = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'iframe', 'object', 'embed',
  'svg', 'math', 'canvas', 'select', 'button', 'input', 'textarea', 'video', 'audio', 'map',
]);
/** Site banners and footers; inside an <article> or <main> they belong to the report. */
export const FURNITURE = new Set(['header', 'footer']);
export const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that start and end a paragraph; everything else is inline and runs on. */
export const BLOCK = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'center', 'blockquote', 'pre', 'address', 'figure',
  'figcaption', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'hr', 'form', 'fieldset', 'legend', 'caption', 'header', 'footer',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
]);

/** Elements whose edges separate words inside a cell, as a browser lays them out on separate lines. */
export const BLOCK_IN_CELL = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'center']);
/** Elements whose text is no part of a cell's. */
export const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'table']);

/** No cell of a statistics table holds this much text (the longest label is about 40 characters); a page column does. */
export const LAYOUT_CELL_TEXT = 300;
