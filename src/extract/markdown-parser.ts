import type { Root } from 'mdast';

/**
 * remark, loaded only when a report needs it. Most Markdown reports are headings and prose,
 * whose structure src/extract/markdown.ts reads without remark; loading remark (a tenth of a
 * second) is then saved in every process and worker thread. Readers are synchronous, so the
 * parser is loaded ahead: by the public API module, by the async file reader when a report
 * turns out to need it, and by the tests' setup.
 */
let parser: ((text: string) => Root) | undefined;

export async function loadMarkdownParser(): Promise<void> {
  if (parser) return;
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  const processor = unified().use(remarkParse);
  parser = (text) => processor.parse(text) as Root;
}

/** Thrown by a synchronous reader that needs remark before it was loaded. */
export class MarkdownParserNotLoaded extends Error {
  constructor() {
    super('the Markdown parser is not loaded: await loadMarkdownParser() first');
    this.name = 'MarkdownParserNotLoaded';
  }
}

export function parseMarkdown(text: string): Root {
  if (!parser) throw new MarkdownParserNotLoaded();
  return parser(text);
}
