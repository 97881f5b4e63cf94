/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them. matchAll
 * copies the pattern on each call, and the readers call it for each paragraph and pattern:
 * the copies cost several times the search in paragraphs that do not match. The pattern's
 * lastIndex is left at 0.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  // As matchAll: without the g flag, exec would find the first match for ever.
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    // An empty match does not move lastIndex: step over one character (a whole surrogate pair in unicode mode), as matchAll does.
    if (m[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  pattern.lastIndex = 0;
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  const c = text.charCodeAt(at);
  const pair = unicode && c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
  return at + (pair ? 2 : 1);
}
