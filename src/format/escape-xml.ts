/**
 * Characters XML 1.0 does not allow at all, not even as a character reference: C0 controls
 * other than TAB/LF/CR, lone surrogates, U+FFFE and U+FFFF. A report label holding one would
 * make the whole JUnit file unreadable, so they are shown escaped instead (as `\u0001`).
 * C1 controls (U+0080–U+009F) are allowed but "discouraged" and invisible; they are escaped too.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function allowed(text: string): string {
  // A lone surrogate is a broken character, not a control: it becomes U+FFFD as in any decoder.
  return text.replace(FORBIDDEN, (ch) => (/[\ud800-\udfff]/.test(ch) ? '\ufffd' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Element content. CR is a reference, since parsers turn a raw CR LF into LF. */
export function escapeXmlText(text: string): string {
  return allowed(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/**
 * An attribute value in double quotes. TAB, LF and CR are written as character references:
 * a parser would otherwise normalise them to spaces (attribute-value normalisation).
 */
export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
