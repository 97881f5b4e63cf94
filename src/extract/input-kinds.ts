import path from 'node:path';
import { decode } from '../decode.js';
import type { Document } from '../document.js';
import type { Folding } from '../folding.js';
import type { MetaRuleId } from '../meta.js';
import { blankDirectiveLines } from '../directives.js';
import { SourceText, type Span } from '../source-text.js';
import { extractMarkdown } from './markdown.js';
import { loadMarkdownParser, MarkdownParserNotLoaded } from './markdown-parser.js';
import { extractPlainText } from './plain-text.js';
import { loadOnce } from '../load-once.js';
import type { ReadLimits } from './zip-limits.js';

/** What reading a file gives: the text positions refer to and the blocks found in it. */
export interface Extracted {
  source: SourceText;
  document: Document;
  encoding?: string;
  /**
   * For inputs whose positions are not lines of a text file (.docx, .xlsx): where a span is
   * in terms a person can find (table / row / column, sheet!cell). Added to each message.
   */
  locate?: (span: Span) => Record<string, unknown> | undefined;
}

export type ReadResult = Extracted | { failure: MetaRuleId; data?: Record<string, string | number> };

export interface InputKind {
  name: string;
  /** Office formats are read by async libraries (mammoth, exceljs), so a reader may return a promise. */
  read(bytes: Uint8Array, folding: Folding, limits: ReadLimits): ReadResult | Promise<ReadResult>;
}

function textKind(name: 'text' | 'markdown'): InputKind {
  return {
    name,
    async read(bytes, folding) {
      const decoded = decode(bytes);
      if (!decoded.ok) {
        return { failure: decoded.reason === 'empty' ? 'file-empty' : decoded.reason === 'binary' ? 'file-binary' : 'file-undecodable' };
      }
      const extract = (): Extracted => {
        const { source, document } = fromText(decoded.text, name, folding, decoded.bmpOnly);
        return { source, document, encoding: decoded.encoding };
      };
      try {
        return extract();
      } catch (error) {
        // The first report in this thread whose Markdown structure needs remark: load it, read again.
        if (!(error instanceof MarkdownParserNotLoaded)) throw error;
        await loadMarkdownParser();
        return extract();
      }
    },
  };
}

/** `bmpOnly`: as SourceText takes it, when the decoder knows. */
export function fromText(text: string, kind: 'text' | 'markdown', folding: Folding, bmpOnly?: boolean): Extracted {
  const source = new SourceText(text, bmpOnly);
  const blanked = blankDirectiveLines(text);
  // Blanking replaces directive lines with spaces: what has no surrogate keeps none.
  const read = blanked === text ? source : new SourceText(blanked, bmpOnly === true ? true : undefined);
  const blocks = kind === 'markdown' ? extractMarkdown(read, folding) : extractPlainText(read, folding);
  return { source, document: { blocks } };
}

const TEXT = textKind('text');
const MARKDOWN = textKind('markdown');
// The HTML and Office readers (htmlparser2, mammoth, exceljs) load only when such a file comes.
const htmlReader = loadOnce(() => import('./html.js'));
const wordReader = loadOnce(() => import('./docx.js'));
const sheetReader = loadOnce(() => import('./spreadsheet.js'));
const HTML: InputKind = { name: 'html', read: async (bytes, folding) => (await htmlReader()).readHtmlBytes(bytes, folding) };
/** .doc/.wps and .xls/.et are legacy binary files (a diagnostic says to re-save them) or HTML under an Office name. */
const WORD: InputKind = { name: 'docx', read: async (...args) => (await wordReader()).readDocx(...args) };
const EXCEL: InputKind = { name: 'xlsx', read: async (...args) => (await sheetReader()).readXlsx(...args) };
const CSV: InputKind = { name: 'csv', read: async (bytes) => (await sheetReader()).readCsv(bytes) };

/** Input kinds by file extension; directories and globs pick these extensions. */
export const INPUT_KINDS: Record<string, InputKind> = {
  '.txt': TEXT,
  '.text': TEXT,
  '.md': MARKDOWN,
  '.markdown': MARKDOWN,
  '.html': HTML,
  '.htm': HTML,
  '.docx': WORD,
  '.doc': WORD,
  '.wps': WORD,
  '.xlsx': EXCEL,
  '.xls': EXCEL,
  '.et': EXCEL,
  '.csv': CSV,
};

/** The extensions of report files: what directories and globs pick (a worker needs them without the walker). */
export const REPORT_EXTENSIONS = Object.keys(INPUT_KINDS);

/**
 * By extension, in a Map: a property looked up by a name code had not seen before (`.txt` after
 * a run of `.md` files) threw away the optimised code of the caller, which reads every file.
 */
const KIND_BY_EXTENSION = new Map(Object.entries(INPUT_KINDS));

/** A file named explicitly with another extension is read as plain text. */
export function inputKindOf(filePath: string): InputKind {
  return KIND_BY_EXTENSION.get(path.extname(filePath).toLowerCase()) ?? TEXT;
}
