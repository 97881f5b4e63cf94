import type { Text } from 'hast';
import { isSpace } from './cells.js';

/**
 * Text gathered from HTML text nodes, with the source offsets of every UTF-16 unit, so that a
 * number found in a cell or a sentence can be pointed at in the original page even though
 * entities (`&nbsp;`, `&ldquo;`), tags between runs and wrapped source lines sit in between.
 */
export interface MappedText {
  text: string;
  /** Source offset where each unit of `text` starts. */
  starts: number[];
  /** Source offset just past each unit of `text` (past the whole entity for `&nbsp;`). */
  ends: number[];
}

/** Marks a `<br>` or block edge among the units (a text unit is never empty). */
const BREAK = '';

/**
 * Units of text and boundaries on the way to a MappedText, in parallel arrays: one object per
 * character made a CMS page's paragraphs the main cost of reading it (and of collecting it).
 */
export class TextCollector {
  private units: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  addText(node: Text, source: string): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    mapUnits(node.value, source, start, end, (ch, s, e) => this.add(ch, s, e));
  }

  /** A `<br>` or the edge of a block element: words on either side are separate. */
  addBreak(offset: number): void {
    this.add(BREAK, offset, offset);
  }

  private add(unit: string, start: number, end: number) {
    this.units.push(unit);
    this.starts.push(start);
    this.ends.push(end);
  }

  get isEmpty(): boolean {
    return !this.units.some((u) => u !== BREAK && !isSpace(u.charCodeAt(0)) && !isAsciiSpace(u));
  }

  /**
   * Whitespace as a reader sees it: runs of ASCII whitespace become one space, trimmed at
   * the ends (NBSP and U+3000 too). A run holding a source line end next to a CJK character
   * is dropped (Word and CMSs wrap HTML source lines mid-sentence: `申请\n38件`), and so is a
   * `<br>` or block edge between two CJK characters (`本年新<br>制作数量`).
   */
  finish(): MappedText {
    const text: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let gap: { start: number; newline: boolean; brk: boolean } | undefined;
    const push = (ch: string, start: number, end: number) => {
      text.push(ch);
      starts.push(start);
      ends.push(end);
    };
    for (let i = 0; i < this.units.length; i++) {
      const unit = this.units[i];
      if (unit === BREAK || isAsciiSpace(unit)) {
        const brk = unit === BREAK;
        const newline = unit === '\n' || unit === '\r';
        if (gap) {
          gap.newline ||= newline;
          gap.brk ||= brk;
        } else gap = { start: this.starts[i], newline, brk };
        continue;
      }
      if (gap && text.length > 0) {
        const before = isCjk(text[text.length - 1]);
        const after = isCjk(unit);
        const drop = gap.brk ? before && after : gap.newline && (before || after);
        if (!drop) push(' ', gap.start, gap.start + 1);
      }
      gap = undefined;
      push(unit, this.starts[i], this.ends[i]);
    }
    return trim({ text: text.join(''), starts, ends });
  }
}

function trim(t: MappedText): MappedText {
  let s = 0;
  let e = t.text.length;
  while (s < e && isSpace(t.text.charCodeAt(s))) s++;
  while (e > s && isSpace(t.text.charCodeAt(e - 1))) e--;
  return { text: t.text.slice(s, e), starts: t.starts.slice(s, e), ends: t.ends.slice(s, e) };
}

function isAsciiSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
}

/**
 * CJK ideographs, kana, CJK and full-width punctuation, and the dashes, curly quotes and
 * ellipsis Chinese text uses: characters written without spaces between them.
 */
export function isCjk(ch: string): boolean {
  return /[\u2014\u2018-\u201f\u2026\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/.test(ch);
}

/** A character reference; named ones need their `;` except the few legacy names browsers accept bare. */
const ENTITY = /^&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};|(?:nbsp|amp|lt|gt|quot|copy|reg)(?![A-Za-z0-9;]))/;

/**
 * Walks a text node's decoded value against its raw source slice. Equal units map one to
 * one; an entity maps its one (or two, for a surrogate pair) decoded units to its whole
 * source; CR of CRLF, which the parser dropped, is skipped. Should the two ever disagree
 * in some other way, the rest of the value maps to where the walk stopped.
 */
function mapUnits(value: string, source: string, start: number, end: number, emit: (ch: string, s: number, e: number) => void) {
  let i = start;
  let j = 0;
  while (j < value.length) {
    const ch = value[j];
    if (i < end && source[i] === '&') {
      const m = ENTITY.exec(source.slice(i, Math.min(end, i + 40)));
      if (m) {
        const units = isHighSurrogate(value.charCodeAt(j)) ? 2 : 1;
        for (let k = 0; k < units && j < value.length; k++) emit(value[j++], i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    if (i < end && source[i] === '\r' && ch === '\n') {
      const width = source[i + 1] === '\n' ? 2 : 1;
      emit(ch, i, i + width);
      i += width;
      j++;
      continue;
    }
    if (i < end && source[i] === ch) {
      emit(ch, i, i + 1);
      i++;
      j++;
      continue;
    }
    emit(ch, Math.min(i, end), Math.min(i + 1, end));
    j++;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
