import fc from 'fast-check';

/**
 * Text a report (or its file name) could carry into our output: terminal escapes, CR that
 * rewrites a line, BEL, the 8-bit CSI, workflow-command syntax, percent escapes, markup, lone
 * surrogates, XML-forbidden characters, Markdown table syntax, bidi overrides.
 */
export const INJECTIONS = [
  '\u001b[31m', '\u001b]0;title\u0007', '\r', '\n', '\r\n', '\u0007', '\u009b', '\u0085', '\u2028', '\u0000', '\u000b', '\u007f', '\ufffe', '\uffff',
  '::error::injected', '\n::add-mask::x', '::set-output name=a::b', '%0A::warning::x', '%25', ':', ',',
  '<x-evil onmouseover="alert(1)">', '</script><x-evil>', '<!--', ']]>', '&amp;', '"', "'", '`', '|', '\\', '*', '_', '[a](javascript:x)',
  '\ud800', '\udbff', '\udc00', '\udfff', '\u202e', '\u2066',
];

export const hostile: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('政府信息', '1', ' ')), { maxLength: 8 })
  .map((parts) => parts.join(''));

/** C0 and C1 controls (other than LF), DEL, the line and paragraph separators, bidi overrides and isolates. */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** A UTF-16 code unit that is half of a pair without its other half. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
