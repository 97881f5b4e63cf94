import type { Element, ElementContent, Properties, Text } from 'hast';
import type { Point, Position } from 'unist';

/**
 * A node's place in the page as two offsets: the readers turn offsets into lines and columns
 * themselves. The points are made when asked for (V8 then mostly makes none), where a position
 * of two point objects was three objects per node, a quarter of what reading a page allocated.
 */
export class OffsetPosition implements Position {
  constructor(
    public startOffset: number,
    public endOffset: number,
    /**
     * A text node's value is the page from startOffset to endOffset as it is (not a character
     * reference's text): the strict reader knows it of the runs it cuts out, htmlparser2's tree
     * finds it out as it is built. A tree without the flag (parse5's) has its text compared
     * with the page by the text readers, which took a few per cent of reading a page.
     */
    readonly verbatim = false,
  ) {}

  get start(): Point {
    return { line: 0, column: 0, offset: this.startOffset };
  }

  get end(): Point {
    return { line: 0, column: 0, offset: this.endOffset };
  }
}

/** Where a node starts in the page, if known. */
export function startOffsetOf(position: Position | undefined): number | undefined {
  return position instanceof OffsetPosition ? position.startOffset : position?.start.offset;
}

/** Where a node ends in the page, if known. */
export function endOffsetOf(position: Position | undefined): number | undefined {
  return position instanceof OffsetPosition ? position.endOffset : position?.end.offset;
}

/** Whether a text node's value is source[start, end) as it is. */
export function isVerbatimText(value: string, position: Position | undefined, start: number, end: number, source: string): boolean {
  if (position instanceof OffsetPosition && position.verbatim) return true;
  return isSourceSlice(value, start, end, source);
}

/** Whether `value` is source[start, end) as it is, by comparison. */
export function isSourceSlice(value: string, start: number, end: number, source: string): boolean {
  return end - start === value.length && source.startsWith(value, start);
}

/**
 * A text node of the fast readers' trees (html-strict.ts, html-tree.ts) that is its own
 * position: one object per node where a node and its position were two, about a thousand
 * fewer objects for every page of statistics tables, and a tenth less CPU per HTML report
 * (bench/ab.mjs, both orders: 0.89-0.92), most of it the young generation's collector copying
 * less. A node of parse5's tree is a plain object with a position object of its own; the
 * readers take either.
 */
export class PositionedText extends OffsetPosition implements Text {
  readonly type = 'text';

  constructor(
    public value: string,
    startOffset: number,
    endOffset: number,
    verbatim: boolean,
  ) {
    super(startOffset, endOffset, verbatim);
  }

  get position(): OffsetPosition {
    return this;
  }
}

/** An element of the fast readers' trees, its own position as PositionedText is (its end set once its end tag is read). */
export class PositionedElement extends OffsetPosition implements Element {
  readonly type = 'element';
  children: ElementContent[] = [];

  constructor(
    public tagName: string,
    public properties: Properties,
    startOffset: number,
  ) {
    super(startOffset, startOffset);
  }

  get position(): OffsetPosition {
    return this;
  }
}
