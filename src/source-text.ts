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

export class SourceText {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  /** Offset just past the last character of each line (before its line end). */
  readonly lineEnds: number[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    this.lineEnds = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        this.lineEnds.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
    this.lineEnds.push(text.length);
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
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo];
    let column = 1;
    for (let i = start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      // A surrogate pair is one code point: count only its high half.
      if (c < 0xdc00 || c > 0xdfff) column++;
    }
    return { line: lo + 1, column, offset };
  }

  span(startOffset: number, endOffset: number): Span {
    return { start: this.position(startOffset), end: this.position(endOffset) };
  }
}
