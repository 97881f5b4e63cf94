import { readFileSync } from 'node:fs';
import { fromText } from '../../src/extract/input-kinds.js';
import { loadFolding } from '../../src/folding.js';
import { loadPacks } from '../../src/packs.js';
import { recognise, type Report } from '../../src/recognise/report.js';

/** The text of a file under examples/ (e.g. `2021/clean.md`). */
export function exampleText(file: string): string {
  return readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
}

/** A report text recognised as the linter recognises it (Markdown by default). */
export function reportOf(text: string, kind: 'markdown' | 'text' = 'markdown'): Report {
  const folding = loadFolding();
  const { source, document } = fromText(text, kind, folding);
  return recognise(document, loadPacks(), source, folding);
}
