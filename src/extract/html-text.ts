import type { Text } from 'hast';
import { isSpace } from './cells.js';
import { endOffsetOf, isSourceSlice, isVerbatimText, OffsetPosition, startOffsetOf } from './html-position.js';

/**
 * Text gathered from HTML text nodes, with the source offsets of every UTF-16 unit, so that a
 * number found in a cell or a sentence can be pointed at in the original page even though
 * entities (`&nbsp;`, `&ldquo;`), tags between runs and wrapped source lines sit in between.
 */
export interface MappedText {
  text: string;
  /** Source offset of the first unit of `text`, and just past the last (past a whole entity). */
  start: number;
  end: number;
  /** Known to be the source from `start` to `end` verbatim (else it may or may not be). */
  verbatim?: true;
  /**
   * Source offset where each unit of `text` starts and just past it, made on demand: most text
   * is its source verbatim and needs only `start` and `end`.
   */
  offsets(): { starts: number[]; ends: number[] };
}

/**
 * What was added, piece by piece: a text node's value with the source offsets of its units, or
 * a break (`<br>`, a block edge). A text node whose value is its source slice verbatim (the
 * usual case) keeps only where it starts; one that is not (a character reference, or a text node
 * of the full parser holding references and CRLFs) keeps an offset per unit.
 * One object or string per character made a CMS page's paragraphs the main cost of reading it.
 */
type Piece =
  | { kind: 'text'; value: string; start: number; starts?: number[]; ends?: number[] }
  | { kind: 'break'; offset: number };

export class TextCollector {
  private pieces: Piece[] = [];

  addText(node: Text, source: string): void {
    const start = startOffsetOf(node.position);
    const end = endOffsetOf(node.position);
    if (start === undefined || end === undefined) return;
    this.addSourceText(node.value, start, end, node.position instanceof OffsetPosition && node.position.verbatim, source);
  }

  /**
   * A text node's value and where it is in the page, as the streaming reader gives them
   * (src/extract/html-stream.ts) without a node. `verbatim`: known to be source[start, end) as
   * it is (else the source is compared).
   */
  addSourceText(value: string, start: number, end: number, verbatim: boolean, source: string): void {
    if (value === '') return;
    // White space before the first text adds nothing (finish() trims it), and left out it leaves
    // the collector unused: the line ends between a page's block elements, half its text
    // nodes, each made a paragraph to finish.
    if (this.pieces.length === 0 && isAsciiBlank(value)) return;
    if (verbatim || isSourceSlice(value, start, end, source)) {
      this.pieces.push({ kind: 'text', value, start });
      return;
    }
    const starts: number[] = [];
    const ends: number[] = [];
    if (source.charCodeAt(start) === AMPERSAND && (value.length === 1 || (value.length === 2 && isHighSurrogate(value.charCodeAt(0))))) {
      // One character reference, as the fast parser gives each (src/extract/html-tree.ts): its
      // character (or surrogate pair) stands for the whole reference, `&nbsp12` as `&nbsp;`.
      for (let j = 0; j < value.length; j++) {
        starts.push(start);
        ends.push(end);
      }
    } else mapUnits(value, source, start, end, starts, ends);
    this.pieces.push({ kind: 'text', value, start, starts, ends });
  }

  /** A `<br>` or the edge of a block element: words on either side are separate. */
  addBreak(offset: number): void {
    this.pieces.push({ kind: 'break', offset });
  }

  /** Nothing added yet (not even a break). */
  get isUnused(): boolean {
    return this.pieces.length === 0;
  }

  get isEmpty(): boolean {
    for (const piece of this.pieces) {
      if (piece.kind !== 'text') continue;
      for (let j = 0; j < piece.value.length; j++) {
        const c = piece.value.charCodeAt(j);
        if (!isSpace(c) && !isAsciiSpace(c)) return false;
      }
    }
    return true;
  }

  /**
   * Whitespace as a reader sees it: runs of ASCII whitespace become one space, trimmed at
   * the ends (NBSP and U+3000 too). A run holding a source line end next to a CJK character
   * is dropped (Word and CMSs wrap HTML source lines mid-sentence: `申请\n38件`), and so is a
   * `<br>` or block edge between two CJK characters (`本年新<br>制作数量`).
   */
  finish(): MappedText {
    const only = this.pieces.length === 1 ? this.pieces[0] : undefined;
    if (only?.kind === 'text' && !only.starts && isPlainRun(only.value)) return verbatimText(only.value, only.start);
    const parts: string[] = [];
    // What the text is made of, in order: runs value[from, to) of a piece, and inserted spaces
    // (no piece; `from` is the gap's source offset). Offsets are worked out from them.
    const runs: Run[] = [];
    // The gap of whitespace and breaks before the next unit, if any: where it starts, and whether it holds a line end or a break.
    let gapStart = -1;
    let gapNewline = false;
    let gapBreak = false;
    let last = -1;
    const openGap = (offset: number, newline: boolean, brk: boolean) => {
      if (gapStart < 0) {
        gapStart = offset;
        gapNewline = newline;
        gapBreak = brk;
      } else {
        gapNewline ||= newline;
        gapBreak ||= brk;
      }
    };
    for (const piece of this.pieces) {
      if (piece.kind === 'break') {
        openGap(piece.offset, false, true);
        continue;
      }
      const { value } = piece;
      // value[runFrom, j) is waiting to be added.
      let runFrom = 0;
      for (let j = 0; j < value.length; j++) {
        const c = value.charCodeAt(j);
        if (isAsciiSpace(c)) {
          if (runFrom < j) addRun(parts, runs, piece, runFrom, j);
          runFrom = j + 1;
          openGap(unitStart(piece, j), c === 10 || c === 13, false);
          continue;
        }
        if (gapStart >= 0) {
          if (last >= 0) {
            const before = isCjkUnit(last);
            const after = isCjkUnit(c);
            const drop = gapBreak ? before && after : gapNewline && (before || after);
            if (!drop) {
              parts.push(' ');
              runs.push({ from: gapStart, to: gapStart + 1 });
            }
          }
          gapStart = -1;
        }
        last = c;
      }
      if (runFrom < value.length) addRun(parts, runs, piece, runFrom, value.length);
    }
    return trimmed(parts.join(''), runs);
  }
}

/**
 * Text that finish() gives back as it is: no ASCII whitespace to fold, nothing to trim at its
 * ends. A cell or a paragraph of one text node is usually such a run.
 */
function isPlainRun(value: string): boolean {
  if (value === '' || isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1))) return false;
  return !hasAsciiSpace(value);
}

/**
 * Whether a text has one of isAsciiSpace's characters. A page's texts are mostly cells of a few
 * characters, for which a loop costs less than a regex call, and paragraphs, which the regex
 * searches faster than a loop (over the corpus's pages: 15 µs a page against 17-29 with the
 * regex alone and 18-26 with the loop alone).
 */
function hasAsciiSpace(value: string): boolean {
  if (value.length > SHORT_TEXT) return !NO_ASCII_SPACE.test(value);
  for (let i = 0; i < value.length; i++) if (isAsciiSpace(value.charCodeAt(i))) return true;
  return false;
}

const SHORT_TEXT = 32;
/** Anchored at both ends: a fifth faster on the corpus's paragraphs than a search for one such character. */
const NO_ASCII_SPACE = /^[^ \t\n\r\f]*$/;

/** Whether a text node is its source verbatim and a plain run: what finish() would give back as it is. */
export function isPlainVerbatimNode(node: Text, source: string): boolean {
  const start = startOffsetOf(node.position);
  const end = endOffsetOf(node.position);
  return start !== undefined && end !== undefined && isPlainRun(node.value) && isVerbatimText(node.value, node.position, start, end, source);
}

/** isPlainVerbatimNode for a text node the streaming reader gives as its parts (`verbatim`: known to be its source). */
export function isPlainVerbatimText(value: string, start: number, end: number, verbatim: boolean, source: string): boolean {
  return isPlainRun(value) && (verbatim || isSourceSlice(value, start, end, source));
}

/** A run of text that is its source verbatim from `start`. */
function verbatimText(text: string, start: number): MappedText {
  return {
    text,
    start,
    end: start + text.length,
    verbatim: true,
    offsets: () => ({ starts: Array.from({ length: text.length }, (_, j) => start + j), ends: Array.from({ length: text.length }, (_, j) => start + j + 1) }),
  };
}

type TextPiece = Extract<Piece, { kind: 'text' }>;
type Run = { piece?: TextPiece; from: number; to: number };

function addRun(parts: string[], runs: Run[], piece: TextPiece, from: number, to: number) {
  parts.push(from === 0 && to === piece.value.length ? piece.value : piece.value.slice(from, to));
  runs.push({ piece, from, to });
}

function unitStart(piece: TextPiece, j: number): number {
  return piece.starts ? piece.starts[j] : piece.start + j;
}

function unitEnd(piece: TextPiece, j: number): number {
  return piece.ends ? piece.ends[j] : piece.start + j + 1;
}

/** The text without the spaces at its ends (NBSP and U+3000 too), and where its units are. */
function trimmed(text: string, runs: Run[]): MappedText {
  let s = 0;
  let e = text.length;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s === e) return { text: '', start: 0, end: 0, offsets: () => ({ starts: [], ends: [] }) };
  const offsets = () => {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const run of runs) {
      for (let j = run.from; j < run.to; j++) {
        starts.push(run.piece ? unitStart(run.piece, j) : run.from);
        ends.push(run.piece ? unitEnd(run.piece, j) : run.to);
      }
    }
    return { starts: starts.slice(s, e), ends: ends.slice(s, e) };
  };
  return {
    text: s === 0 && e === text.length ? text : text.slice(s, e),
    start: sourceOffsetOf(runs, s, false),
    end: sourceOffsetOf(runs, e - 1, true),
    offsets,
  };
}

/**
 * Where unit `index` of the text is in the source: where it starts, or (`end`) just past it.
 * A number, not the run and index found: trimmed() runs about once a page (most texts are plain
 * runs), so V8 optimises it only after a few thousand pages, while the linting threads wait for
 * the cores, and it took ~17 ms to compile with that object made twice, ~6 without.
 */
function sourceOffsetOf(runs: Run[], index: number, end: boolean): number {
  let at = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const length = run.to - run.from;
    if (index < at + length) {
      if (!run.piece) return end ? run.to : run.from;
      const j = run.from + index - at;
      return end ? unitEnd(run.piece, j) : unitStart(run.piece, j);
    }
    at += length;
  }
  throw new RangeError(`no unit ${index} in the text`);
}

const AMPERSAND = 38;

/** Only HTML's white space. */
function isAsciiBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isAsciiSpace(text.charCodeAt(i))) return false;
  return true;
}

/** HTML's white space: space, TAB, LF, CR, FF. */
export function isAsciiSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/**
 * CJK ideographs, kana, CJK and full-width punctuation, and the dashes, curly quotes and
 * ellipsis Chinese text uses: characters written without spaces between them.
 */
export function isCjk(ch: string): boolean {
  return isCjkUnit(ch.charCodeAt(0));
}

function isCjkUnit(c: number): boolean {
  return (
    c === 0x2014 || (c >= 0x2018 && c <= 0x201f) || c === 0x2026 || (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef)
  );
}

/** A character reference; named ones need their `;` except the few legacy names browsers accept bare. */
const ENTITY = /^&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};|(?:nbsp|amp|lt|gt|quot|copy|reg)(?![A-Za-z0-9;]))/;

/**
 * Walks a text node's decoded value against its raw source slice. Equal units map one to
 * one; an entity maps its one (or two, for a surrogate pair) decoded units to its whole
 * source; CR of CRLF, which parse5 drops, is skipped. Should the two ever disagree
 * in some other way, the rest of the value maps to where the walk stopped.
 */
function mapUnits(value: string, source: string, start: number, end: number, starts: number[], ends: number[]) {
  const emit = (s: number, e: number) => {
    starts.push(s);
    ends.push(e);
  };
  let i = start;
  let j = 0;
  while (j < value.length) {
    const ch = value[j];
    if (i < end && source[i] === '&') {
      const m = ENTITY.exec(source.slice(i, Math.min(end, i + 40)));
      if (m) {
        const units = isHighSurrogate(value.charCodeAt(j)) ? 2 : 1;
        for (let k = 0; k < units && j < value.length; k++, j++) emit(i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    if (i < end && source[i] === '\r' && ch === '\n') {
      const width = source[i + 1] === '\n' ? 2 : 1;
      emit(i, i + width);
      i += width;
      j++;
      continue;
    }
    if (i < end && source[i] === ch) {
      emit(i, i + 1);
      i++;
      j++;
      continue;
    }
    emit(Math.min(i, end), Math.min(i + 1, end));
    j++;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
