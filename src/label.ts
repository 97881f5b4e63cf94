import { detached } from './detached.js';
import type { Folding } from './folding.js';

const NUMBERING = new RegExp(
  [
    '^[一二三四五六七八九十]+[、.,，．]', // 一、
    '^\\(?[一二三四五六七八九十]+\\)[、.]?', // (一) 一)
    '^\\(?\\d+\\)[、.]?', // (1) 1)
    '^\\d+(?:\\.\\d+)*[、.](?!\\d)', // 1. 1、 2.1.
    '^[①-⑳⑴-⒇㈠-㈩]', // ① ⑴ ㈠
    '^第[一二三四五六七八九十\\d]+[项条]',
  ].join('|'),
);
// A note is at most 200 characters: with `*`, a long run of opening brackets that are never closed
// made the search scan to the end from each of them (quadratic).
const BRACKETED = /\([^()]{0,200}\)|\[[^\]]{0,200}\]|【[^】]{0,200}】|〔[^〕]{0,200}〕/g;
/** Punctuation a label may end with (用于：, 数量。). */
const TRAILING = new Set([...':：;；,，。.、']);
const QUOTES_AND_SPACE = /[\s"'“”‘’「」『』\u00a0\u3000]/g;

/**
 * Folds a row or column label to the form the templates are written in: NFKC (full-width
 * brackets, digits and spaces), Traditional → Simplified, no whitespace or quotes, no
 * numbering prefix (一、 （一） 1. ①), no "其中：" and no bracketed notes.
 */
export function normaliseLabel(text: string, folding: Folding): string {
  // The same labels recur in every report of a run: fold each distinct text once.
  const known = memo.get(text);
  if (known !== undefined) return known;
  const folded = fold(text, folding);
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(detached(text), folded);
  return folded;
}

const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

function fold(text: string, folding: Folding): string {
  let s = text.normalize('NFKC');
  if (folding.traditional.size > 0) {
    let out = '';
    for (const ch of s) out += folding.traditional.get(ch) ?? ch;
    s = out;
  }
  s = s.replace(QUOTES_AND_SPACE, '');
  for (let guard = 0; guard < 4; guard++) {
    const before = s;
    s = s.replace(NUMBERING, '');
    for (const prefix of folding.labelPrefixes) {
      if (s.startsWith(prefix)) s = s.slice(prefix.length);
    }
    if (s === before) break;
  }
  s = s.replace(BRACKETED, '');
  // A loop, not /[…]+$/: the regex retries the run from each of its characters (quadratic).
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1])) end--;
  return s.slice(0, end);
}

/**
 * How well a normalised row label names a template label: 3 exact, 2 one is a clear
 * truncation or extension of the other (现行有效件 / 现行有效件数), 0 no match.
 */
export function labelScore(label: string, template: string): number {
  if (label === template) return 3;
  if (label.length < 2 || template.length < 2) return 0;
  const [shorter, longer] = label.length < template.length ? [label, template] : [template, label];
  if (shorter.length >= 4 && shorter.length >= longer.length * 0.6) {
    if (longer.startsWith(shorter) || longer.endsWith(shorter)) return 2;
  }
  return 0;
}
