/**
 * Numbers as prose writes them: ASCII or full-width digits (３８, 1,326, 2.5) and Chinese
 * numerals (一, 两, 十二, 一百零五, 二〇二二). Each token keeps its place in the text, so a
 * finding can point at it.
 */
export interface NumberToken {
  /** Index of the first character in the text, and just past the last. */
  index: number;
  end: number;
  value: number;
  text: string;
  chinese: boolean;
  /** Digits after the decimal point: the printed precision of a percentage. */
  decimals: number;
}

const FULL_WIDTH = /[\uff05\uff0e\uff10-\uff19]/u;

/** Full-width digits, point and percent sign to ASCII, one code unit for one so indices stay valid. */
export function foldNumberText(text: string): string {
  // Most prose has no full-width digit at all: one scan instead of a replace with a lookbehind.
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(/[\uff10-\uff19\uff05]|(?<=[\d\uff10-\uff19])\uff0e(?=[\d\uff10-\uff19])/gu, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
    return c === 0xff05 ? '%' : '.';
  });
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MYRIAD = '万'.charCodeAt(0);
/** By code unit: the digit's value, or -1; the multiplier's value, or 0. */
const DIGIT_OF = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(DIGITS)) DIGIT_OF[ch.charCodeAt(0)] = v;
const MULTIPLIER_OF = new Int16Array(0x10000);
for (const [ch, v] of Object.entries(MULTIPLIERS)) MULTIPLIER_OF[ch.charCodeAt(0)] = v;

/**
 * A text with its full-width digits folded (foldNumberText) and every number in it, in order.
 * Most prose has no full-width digit: the scan for numbers, which reads every character anyway,
 * finds that out, so such text costs one pass instead of a search for full-width digits and then
 * the scan; text that has one is folded and scanned again.
 */
export function foldedNumbers(text: string): { text: string; tokens: NumberToken[] } {
  const tokens = scanNumbers(text);
  if (tokens) return { text, tokens };
  const folded = foldNumberText(text);
  const again = scanNumbers(folded);
  // Folded text has no full-width digit or percent sign, and no full-width point between digits.
  if (!again) throw new Error('foldNumberText left a character to fold');
  return { text: folded, tokens: again };
}

/** Every number in a text, in order (indices and values those of the text folded with foldNumberText). */
export function numberTokens(text: string): NumberToken[] {
  return foldedNumbers(text).tokens;
}

/** Every number in a text, or undefined as soon as it meets a character foldNumberText would fold. */
function scanNumbers(text: string): NumberToken[] | undefined {
  // One hand-written pass: two regex scans and a sort cost more than the rest of the prose
  // readers. Arabic numbers are `\d+(,\d{3})*(\.\d+)?` not right after a letter, digit or point;
  // Chinese ones are runs of numeral characters that chineseValue can read.
  const tokens: NumberToken[] = [];
  const n = text.length;
  const units = codeUnitsOf(text);
  let i = 0;
  while (i < n) {
    const kind = CHAR_KIND[units[i]];
    // Most characters are neither: one table lookup says so.
    if (kind === 0) {
      i++;
      continue;
    }
    if (kind === TO_FOLD) {
      if (needsFolding(text, i)) return undefined;
      i++;
      continue;
    }
    if (kind === DIGIT) {
      if (i > 0 && continuesWord(text.charCodeAt(i - 1))) {
        i++;
        continue;
      }
      let end = digitsEnd(text, i);
      let grouped = false;
      while (text.charCodeAt(end) === COMMA && digitsEnd(text, end + 1) - end - 1 >= 3) {
        end += 4;
        grouped = true;
      }
      let decimals = 0;
      if (text.charCodeAt(end) === POINT && isDigit(text.charCodeAt(end + 1))) {
        const after = digitsEnd(text, end + 1);
        decimals = after - end - 1;
        end = after;
      }
      const raw = text.slice(i, end);
      tokens.push({ index: i, end, value: Number(grouped ? raw.replace(/,/g, '') : raw), text: raw, chinese: false, decimals });
      i = end;
    } else {
      let end = i + 1;
      while (end < n && isChineseNumeral(units[end])) end++;
      const raw = text.slice(i, end);
      const value = chineseValue(raw);
      if (value !== undefined) tokens.push({ index: i, end, value, text: raw, chinese: true, decimals: 0 });
      i = end;
    }
  }
  return tokens;
}

/** A scratch copy of a text's UTF-16 code units (texts up to SCRATCH_UNITS share one buffer). */
const SCRATCH_UNITS = 16 * 1024;
const scratch = Buffer.allocUnsafe(2 * SCRATCH_UNITS);
const scratchUnits = new Uint16Array(scratch.buffer, scratch.byteOffset, SCRATCH_UNITS);

/**
 * The text's code units in a typed array, valid until the next call. The scan reads every
 * character of the prose, and charCodeAt on a paragraph (a slice of the page, which V8 keeps as
 * a view into it) cost twice as much per character as a read from the copy, copy included.
 */
function codeUnitsOf(text: string): Uint16Array {
  if (text.length > SCRATCH_UNITS) {
    // Too large for the pool, so the buffer starts its own ArrayBuffer (aligned for 16-bit units).
    const copy = Buffer.from(text, 'utf16le');
    return new Uint16Array(copy.buffer, copy.byteOffset, text.length);
  }
  scratch.write(text, 0, 'utf16le');
  return scratchUnits;
}

const COMMA = 44;
const POINT = 46;
/**
 * By code unit: DIGIT for 0-9, NUMERAL for a Chinese numeral character, TO_FOLD for what
 * foldNumberText may fold (full-width digits, percent sign and point), 0 for anything else.
 * A table, as a Set lookup per character of the prose cost more than the rest of the scan.
 */
const DIGIT = 1;
const NUMERAL = 2;
const TO_FOLD = 3;
const CHAR_KIND = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) CHAR_KIND[c] = DIGIT;
for (const ch of '零〇一二两三四五六七八九十百千万') CHAR_KIND[ch.charCodeAt(0)] = NUMERAL;
for (let c = 0xff10; c <= 0xff19; c++) CHAR_KIND[c] = TO_FOLD;
CHAR_KIND[0xff05] = TO_FOLD;
CHAR_KIND[0xff0e] = TO_FOLD;

const FULL_WIDTH_POINT = 0xff0e;

/** Whether foldNumberText changes the character at `i`: always, but a full-width point only between digits. */
function needsFolding(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== FULL_WIDTH_POINT) return true;
  return isAnyDigit(text.charCodeAt(i - 1)) && isAnyDigit(text.charCodeAt(i + 1));
}

function isAnyDigit(c: number): boolean {
  return isDigit(c) || (c >= 0xff10 && c <= 0xff19);
}

function isChineseNumeral(c: number): boolean {
  return CHAR_KIND[c] === NUMERAL;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter, digit or point before a digit makes it part of a word or another number (v2, 1.2.3). */
function continuesWord(c: number): boolean {
  return isDigit(c) || c === POINT || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function digitsEnd(text: string, from: number): number {
  let end = from;
  while (isDigit(text.charCodeAt(end))) end++;
  return end;
}

/**
 * 十二 → 12, 一百零五 → 105, 两千 → 2000, 三万五千 → 35000; a run of bare digits is read
 * positionally (二〇二二 → 2022). Anything else (十十, 百) is not a number.
 */
export function chineseValue(s: string): number | undefined {
  // Read by code unit from tables (no array of characters, no property lookups): it runs for
  // every run of numerals in the prose, most of them one character long.
  let allDigits = true;
  for (let i = 0; i < s.length && allDigits; i++) allDigits = DIGIT_OF[s.charCodeAt(i)] >= 0;
  if (allDigits) {
    if (s.length === 1) return DIGIT_OF[s.charCodeAt(0)];
    let digits = '';
    for (let i = 0; i < s.length; i++) digits += DIGIT_OF[s.charCodeAt(i)];
    return Number(digits);
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastMultiplier = Infinity;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = DIGIT_OF[c];
    const m = MULTIPLIER_OF[c];
    if (d >= 0) {
      if (digit !== undefined && d !== 0 && digit !== 0) return undefined;
      digit = d;
    } else if (m > 0) {
      if (m >= lastMultiplier) return undefined;
      section += (digit ?? 1) * m;
      digit = undefined;
      lastMultiplier = m;
    } else if (c === MYRIAD) {
      if (section === 0 && digit === undefined) return undefined;
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
      lastMultiplier = Infinity;
    }
  }
  return total + section + (digit ?? 0);
}
