import { escapeControls } from './sanitize.js';

/**
 * Report text in a GFM table cell, shown as written: HTML is turned into entities (a label
 * `<img src=x>` stays text), Markdown punctuation that could start a code span, emphasis, a
 * link or a new cell is backslash-escaped, and line breaks (which would end the table row) and
 * other control characters are shown escaped. The backslash is escaped first, so that a
 * label ending in `\` cannot eat the escape of the `|` after it.
 */
export function escapeMarkdownCell(value: string): string {
  return escapeControls(value)
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
