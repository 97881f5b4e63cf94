/**
 * `text.trim()` without the call when neither end is a character it removes, as in most cells:
 * the builtin call cost more than the test for a cell of a few characters.
 */
export function trimText(text: string): string {
  return text !== '' && (mayTrim(text.charCodeAt(0)) || mayTrim(text.charCodeAt(text.length - 1))) ? text.trim() : text;
}

/** Every character String#trim removes (white space and line ends), and a few more. */
function mayTrim(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
