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

/** A unit of text or a boundary (`<br>`, a block element) on the way to a MappedText. */
type Atom = { ch: string; start: number; end: number } | { brk: true; start: number };

export class TextCollector {
  private atoms: Atom[] = [];

  addText(node: Text, source: string): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    mapUnits(node.value, source, start, end, (ch, s, e) => this.atoms.push({ ch, start: s, end: e }));
  }

  /** A `<br>` or the edge of a block element: words on either side are separate. */
  addBreak(offset: number): void {
    this.atoms.push({ brk: true, start: offset });
  }

  get isEmpty(): boolean {
    return !this.atoms.some((a) => 'ch' in a && !isSpace(a.ch.charCodeAt(0)) && !isAsciiSpace(a.ch));
  }

  /**
   * Whitespace as a reader sees it: runs of ASCII whitespace become one space, trimmed at
   * the ends (NBSP and U+3000 too). A run holding a source line end next to a CJK character
   * is dropped (Word and CMSs wrap HTML source lines mid-sentence: `申请\n38件`), and so is a
   * `<br>` or block edge between two CJK characters (`本年新<br>制作数量`).
   */
  finish(): MappedText {
    const out: MappedText = { text: '', starts: [], ends: [] };
    let gap: { start: number; newline: boolean; brk: boolean } | undefined;
    const push = (ch: string, start: number, end: number) => {
      out.text += ch;
      out.starts.push(start);
      out.ends.push(end);
    };
    for (const a of this.atoms) {
      if ('brk' in a || isAsciiSpace(a.ch)) {
        const brk = 'brk' in a;
        const newline = !brk && (a.ch === '\n' || a.ch === '\r');
        gap = gap ? { start: gap.start, newline: gap.newline || newline, brk: gap.brk || brk } : { start: a.start, newline, brk };
        continue;
      }
      if (gap && out.text !== '') {
        const before = isCjk(out.text[out.text.length - 1]);
        const after = isCjk(a.ch);
        const drop = gap.brk ? before && after : gap.newline && (before || after);
        if (!drop) push(' ', gap.start, gap.start + 1);
      }
      gap = undefined;
      push(a.ch, a.start, a.end);
    }
    return trim(out);
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
