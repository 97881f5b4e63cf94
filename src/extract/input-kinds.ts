import path from 'node:path';
import { decode } from '../decode.js';
import type { Document } from '../document.js';
import type { Folding } from '../folding.js';
import type { MetaRuleId } from '../meta.js';
import { SourceText, type Span } from '../source-text.js';
import { extractMarkdown } from './markdown.js';
import { extractPlainText } from './plain-text.js';

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
  read(bytes: Uint8Array, folding: Folding): ReadResult | Promise<ReadResult>;
}

function textKind(name: 'text' | 'markdown'): InputKind {
  return {
    name,
    read(bytes, folding) {
      const decoded = decode(bytes);
      if (!decoded.ok) {
        return { failure: decoded.reason === 'empty' ? 'file-empty' : decoded.reason === 'binary' ? 'file-binary' : 'file-undecodable' };
      }
      return { ...fromText(decoded.text, name, folding), encoding: decoded.encoding };
    },
  };
}

export function fromText(text: string, kind: 'text' | 'markdown', folding: Folding): Extracted {
  const source = new SourceText(text);
  const blocks = kind === 'markdown' ? extractMarkdown(source, folding) : extractPlainText(source, folding);
  return { source, document: { blocks } };
}

const TEXT = textKind('text');
const MARKDOWN = textKind('markdown');

/** Input kinds by file extension; directories and globs pick these extensions. */
export const INPUT_KINDS: Record<string, InputKind> = {
  '.txt': TEXT,
  '.text': TEXT,
  '.md': MARKDOWN,
  '.markdown': MARKDOWN,
};

/** A file named explicitly with another extension is read as plain text. */
export function inputKindOf(filePath: string): InputKind {
  return INPUT_KINDS[path.extname(filePath).toLowerCase()] ?? TEXT;
}
