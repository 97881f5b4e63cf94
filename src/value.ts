import type { Cell } from './document.js';
import type { Folding } from './folding.js';
import type { SourceText, Span } from './source-text.js';
import { trimText } from './trim.js';

export type Value =
  | { kind: 'number'; value: number; integer: boolean; text: string; unit?: string; span: Span }
  | { kind: 'blank'; span: Span }
  | { kind: 'placeholder'; text: string; span: Span }
  | { kind: 'invalid'; text: string; span: Span };

/** Full-width digits and signs to ASCII, one code unit for one, so offsets stay valid. */
export function foldDigits(text: string): string {
  // Most texts have nothing to fold: a look at each character costs less than the replace.
  if (!hasFoldable(text)) return text;
  return text.replace(/[\uff10-\uff19\uff0e\uff0c\uff0d\u2212\uff0b\u3000\u00a0\u2002-\u200b]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
    if (c === 0xff0e) return '.';
    if (c === 0xff0c) return ',';
    if (c === 0xff0d || c === 0x2212) return '-';
    if (c === 0xff0b) return '+';
    return ' ';
  });
}

/** Whether the text holds a character foldDigits changes (the class of its pattern). */
function hasFoldable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    if (c === 0xa0 || (c >= 0x2002 && c <= 0x200b) || c === 0x2212 || c === 0x3000 || (c >= 0xff0b && c <= 0xff19 && c !== 0xff0f)) return true;
  }
  return false;
}

const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(\S*)$/;

/**
 * Turns a cell into a value. A cell's text is a verbatim slice of the source starting at
 * `cell.span.start.offset`, so the number's own span can be computed from its index.
 */
export function parseValue(cell: Cell, source: SourceText, folding: Folding): Value {
  // Most value cells hold a plain count (12): read as the general path reads it, without its
  // folding and patterns (about half of reading a 2021 report's 200 values).
  if (isPlainCount(cell.text) && !folding.placeholders.has(cell.text)) {
    const start = cell.span.start.offset;
    const text = cell.text;
    return { kind: 'number', value: Number(text), integer: true, text, unit: undefined, span: spanWithin(cell, source, start, text.length) };
  }
  return parseGeneralValue(cell, source, folding);
}

/**
 * The span of `length` characters from `start` in a cell: the cell's own span when that is all of
 * it (a cell holding just its number: most of them), which spares a span per value.
 */
function spanWithin(cell: Cell, source: SourceText, start: number, length: number): Span {
  const { span } = cell;
  if (span.start.offset === start && span.end.offset === start + length) return span;
  return source.span(start, start + length);
}

/** parseValue for any cell (exported for the property test that holds the fast path to it). */
export function parseGeneralValue(cell: Cell, source: SourceText, folding: Folding): Value {
  const folded = foldDigits(cell.text);
  const trimmed = trimText(folded);
  if (trimmed === '') return { kind: 'blank', span: cell.span };
  if (folding.placeholders.has(trimmed)) return { kind: 'placeholder', text: trimmed, span: cell.span };
  // Mojibake such as "? 0" where a non-breaking space was lost in a re-encoding.
  const lead = folded.length - folded.replace(/^[\s?？]+/, '').length;
  const body = folded.slice(lead).trimEnd();
  const m = NUMBER.exec(body);
  if (m && (m[2] === '' || folding.units.includes(m[2]))) {
    const start = cell.span.start.offset + lead;
    const numberText = m[1];
    const value = Number(numberText.replace(/,/g, ''));
    return {
      kind: 'number',
      value,
      integer: !numberText.includes('.'),
      text: numberText,
      unit: m[2] || undefined,
      span: spanWithin(cell, source, start, numberText.length),
    };
  }
  return { kind: 'invalid', text: cell.text, span: cell.span };
}

/**
 * A count written as 1 to 15 ASCII digits (`/^\d{1,15}$/`), the usual cell: a loop, as a regex
 * call cost more than the test itself for a cell of two or three characters.
 */
export function isPlainCount(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Longer than any number with its unit and padding (1,234,567.89 万元): prose, not a value. */
export const MAX_VALUE_TOKEN = 64;

/** A token that can stand in a value or unit column: a number, a placeholder or a unit. */
export function isValueToken(text: string, folding: Folding): boolean {
  // Most tokens are either a plain count or a run of prose: answer both without folding.
  if (isPlainCount(text)) return true;
  if (text.length > MAX_VALUE_TOKEN) return false;
  // A label (（一）主动公开政府信息数) starts and ends with a character that neither folding nor
  // trimming touches and that no number starts with: longer than every placeholder and unit, it
  // is none of them and not a number. Answered first, this spares the folding of every label.
  if (text.length > longestWordOf(folding) && isWordChar(text.charCodeAt(0)) && isWordChar(text.charCodeAt(text.length - 1))) return false;
  const t = trimText(foldDigits(text));
  if (t === '') return false;
  if (folding.placeholders.has(t) || folding.units.includes(t)) return true;
  const m = NUMBER.exec(t);
  return m !== null && (m[2] === '' || folding.units.includes(m[2]));
}

/** A CJK ideograph, a full-width bracket or a Latin letter: untouched by folding and trimming, and never the start of a number. */
function isWordChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0xff08 || c === 0xff09 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const longestWords = new WeakMap<Folding, number>();

function longestWordOf(folding: Folding): number {
  let longest = longestWords.get(folding);
  if (longest === undefined) {
    longest = Math.max(0, ...[...folding.placeholders, ...folding.units].map((w) => w.length));
    longestWords.set(folding, longest);
  }
  return longest;
}
