/**
 * The decoded text of one input file with an index of line starts, so that any offset
 * can be turned into the 1-based line and code-point column a person sees in an editor.
 * Line ends are kept as they are (LF, CRLF or CR), so lines match the original file.
 */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Position;
  end: Position;
}

const CHECKPOINT_STEP = 256;
const LOW_SURROGATE = /[\uDC00-\uDFFF]/;

/** A surrogate pair is one code point: only its high half counts as a column. */
function columnWidth(code: number): number {
  return code < 0xdc00 || code > 0xdfff ? 1 : 0;
}

export class SourceText {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  /** Offset just past the last character of each line (before its line end). */
  readonly lineEnds: number[];
  /**
   * No code point above U+FFFF (the usual case, even for CJK text): a column is then the
   * distance from the line start, without counting.
   */
  private readonly bmpOnly: boolean;
  /** The line of the last position asked for: the readers ask in source order. */
  private lastLine = 0;
  /** The last search of nextIndexOf: a field, not a slot added later, so every SourceText keeps one shape. */
  private searched = { text: '', from: -1, at: -1 };

  /** `bmpOnly`: whether the text has no code point above U+FFFF, when the caller knows (src/decode.ts). */
  constructor(text: string, bmpOnly?: boolean) {
    this.text = text;
    this.lineStarts = [0];
    this.lineEnds = [];
    if (text.indexOf('\r') < 0) {
      // LF only (most files): the native search finds each line end faster than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        this.lineEnds.push(i);
        this.lineStarts.push(i + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
          this.lineEnds.push(i);
          if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
          this.lineStarts.push(i + 1);
        }
      }
    }
    this.lineEnds.push(text.length);
    this.bmpOnly = bmpOnly ?? !LOW_SURROGATE.test(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The text of a 0-based line, without its line end. */
  line(index: number): string {
    return this.text.slice(this.lineStarts[index], this.lineEnds[index]);
  }

  /** Converts an offset (UTF-16 index into `text`) to a 1-based line and code-point column. */
  position(offset: number): Position {
    const lo = this.lineOf(offset);
    const start = this.lineStarts[lo];
    if (this.bmpOnly) return { line: lo + 1, column: offset - start + 1, offset };
    // On a long line, count from the nearest checkpoint: counting from the line start for every
    // cell made a line of many cells quadratic.
    let k = Math.max(0, Math.floor((offset - start) / CHECKPOINT_STEP));
    let column = 1;
    if (k > 0) {
      const checkpoints = this.checkpointsOf(lo);
      // An offset past the line's end (inside a CRLF) counts on from the last checkpoint.
      k = Math.min(k, checkpoints.length - 1);
      column = checkpoints[k];
    }
    for (let i = start + k * CHECKPOINT_STEP; i < offset; i++) column += columnWidth(this.text.charCodeAt(i));
    return { line: lo + 1, column, offset };
  }

  /** The 0-based line an offset is on. */
  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    const last = this.lastLine;
    if (starts[last] <= offset) {
      if (last + 1 === starts.length || offset < starts[last + 1]) return last;
      // The readers mostly go on to the next line.
      if (last + 2 === starts.length || offset < starts[last + 2]) return (this.lastLine = last + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  /** Per long line, the column at every CHECKPOINT_STEP-th code unit, computed once. */
  private checkpoints = new Map<number, Int32Array>();

  private checkpointsOf(line: number): Int32Array {
    let columns = this.checkpoints.get(line);
    if (!columns) {
      const start = this.lineStarts[line];
      const end = this.lineEnds[line];
      columns = new Int32Array(Math.floor((end - start) / CHECKPOINT_STEP) + 1);
      let column = 1;
      for (let i = start; i < end; i++) {
        if ((i - start) % CHECKPOINT_STEP === 0) columns[(i - start) / CHECKPOINT_STEP] = column;
        column += columnWidth(this.text.charCodeAt(i));
      }
      if ((end - start) % CHECKPOINT_STEP === 0) columns[(end - start) / CHECKPOINT_STEP] = column;
      this.checkpoints.set(line, columns);
    }
    return columns;
  }

  /**
   * text.indexOf(search, from), for callers that ask about the lines in order: the last answer
   * is kept, so one search serves every line up to what it found and the text is searched once
   * in all, not once per line to its end.
   */
  nextIndexOf(search: string, from: number): number {
    const memo = this.searched;
    if (memo.text !== search || memo.from < 0 || from < memo.from || (memo.at >= 0 && from > memo.at)) {
      memo.text = search;
      memo.from = from;
      memo.at = this.text.indexOf(search, from);
    }
    return memo.at;
  }

  span(startOffset: number, endOffset: number): Span {
    // An empty span (a blank cell's) has one position for both ends: nothing changes a position once made.
    if (startOffset === endOffset) {
      const at = this.position(startOffset);
      return { start: at, end: at };
    }
    return { start: this.position(startOffset), end: this.position(endOffset) };
  }
}
