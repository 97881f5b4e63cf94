/**
 * Half of a surrogate pair without its other half (a broken file name or label) as U+FFFD, as a
 * UTF-8 encoder writes it: encodeURIComponent throws on one, and JSON readers differ about them.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** The characters escapeControls shows escaped (test one with isControlChar). */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function isControlChar(ch: string): boolean {
  CONTROL_CHARS.lastIndex = 0;
  return CONTROL_CHARS.test(ch);
}

/**
 * Text taken from a report must not act on the terminal or the log it is printed to:
 * control characters (ANSI escapes, carriage returns, newlines) are shown escaped, and so are
 * the bidirectional overrides and isolates, which could make a line read differently from
 * what it says ("Trojan Source"); no report text needs them.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL_CHARS, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
