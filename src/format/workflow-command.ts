import { escapeControls } from './sanitize.js';

/**
 * GitHub Actions workflow commands (`::error file=a.md,line=3::message`). The runner reads
 * every output line that starts with `::` as a command, so report text must be escaped the
 * way the runner unescapes it (actions/toolkit command.ts): otherwise a label holding a
 * newline followed by `::error` or `::add-mask` would issue a command of its own.
 */

/** The message part: `%`, CR and LF are percent-encoded (`%` first, so nothing is encoded twice). */
export function escapeData(text: string): string {
  return visible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (file, title): as data, and `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One command line, properties in the order given; undefined properties are left out. */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * Control characters other than TAB, CR and LF (CR and LF are encoded and shown as line breaks in the
 * annotation) would reach the log raw: ESC would drive the log viewer's ANSI colours.
 */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => escapeControls(ch));
}
