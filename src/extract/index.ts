import type { Document } from '../document.js';
import type { Folding } from '../folding.js';
import type { SourceText } from '../source-text.js';
import { extractMarkdown } from './markdown.js';
import { extractPlainText } from './plain-text.js';

export type TextKind = 'markdown' | 'text';

export const TEXT_EXTENSIONS: Record<string, TextKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

export function extractText(source: SourceText, kind: TextKind, folding: Folding): Document {
  return { blocks: kind === 'markdown' ? extractMarkdown(source, folding) : extractPlainText(source, folding) };
}
