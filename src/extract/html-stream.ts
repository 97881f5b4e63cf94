import type { Element, Properties } from 'hast';
import type { Block, Cell } from '../document.js';
import type { Folding } from '../folding.js';
import type { SourceText } from '../source-text.js';
import { trimText } from '../trim.js';
import { BLOCK, BLOCK_IN_CELL, FURNITURE, HEADING, IGNORED, LAYOUT_CELL_TEXT, NOT_TEXT } from './html-elements.js';
import { blankCell, collectedCell, numberProp, placeCells, verbatimCell } from './html-grid.js';
import { strictTree, type StrictSink } from './html-strict.js';
import { isPlainVerbatimText, TextCollector } from './html-text.js';
import { addProse, Walker } from './html-walk.js';

/**
 * The blocks of a page the strict reader reads (src/extract/html-strict.ts), made as it reads
 * it: the same blocks the tree walker (html-walk.ts) makes of its tree, without the tree. The
 * tree of a statistics page is about a thousand nodes, most of them cells and their text, and
 * building it and walking it was most of reading a page. A table is read as a grid as its cells
 * come; one that turns out to be a layout table (a single cell, a cell holding a table or a
 * page's worth of text: the walker's test) is read again, that table alone, as a tree, and given
 * to the tree walker. The property test in test/property/html-stream.test.ts holds the blocks
 * equal to the tree walker's.
 */
export class StreamWalker implements StrictSink {
  readonly blocks: Block[] = [];
  private paragraph = new TextCollector();
  /** What the end of each open element does (FLUSH, ARTICLE), outside headings and tables. */
  private readonly ends: number[] = [];
  /** Open `<article>` and `<main>` elements: inside one, site headers and footers are read. */
  private articles = 0;
  /**
   * Open elements, counting the outermost, whose content is not read (ignored, hidden, furniture,
   * and the rest of a layout table, itself included).
   */
  private skipped = 0;
  /** The heading being read, and its open elements (itself included). */
  private heading: TextCollector | undefined;
  private headingDepth = 0;
  private table: TableReading | undefined;

  constructor(
    private readonly source: SourceText,
    private readonly folding: Folding,
  ) {}

  open(name: string, properties: Properties, start: number, isVoid: boolean): void {
    if (this.skipped > 0) {
      if (!isVoid) this.skipped++;
      return;
    }
    if (this.table) return this.openInTable(this.table, name, properties, start, isVoid);
    if (this.heading) {
      // As the walker's gatherText: ignored elements left out, `<br>` a break, the rest read through.
      if (IGNORED.has(name)) this.skip(isVoid);
      else if (name === 'br') this.heading.addBreak(start);
      else if (!isVoid) this.headingDepth++;
      return;
    }
    if (IGNORED.has(name) || properties.hidden || properties.role === 'navigation') return this.skip(isVoid);
    if (FURNITURE.has(name) && this.articles === 0) return this.skip(isVoid);
    if (name === 'br') return this.flush();
    if (HEADING.has(name)) {
      this.flush();
      this.heading = new TextCollector();
      this.headingDepth = 1;
      return;
    }
    if (name === 'table') {
      this.flush();
      this.table = new TableReading(start, this.articles > 0, new CellReading(this.source, this.folding));
      return;
    }
    const block = BLOCK.has(name);
    if (block) this.flush();
    if (isVoid) return;
    const article = name === 'article' || name === 'main';
    if (article) this.articles++;
    this.ends.push((block ? FLUSH : 0) | (article ? ARTICLE : 0));
  }

  close(end: number): void {
    if (this.skipped > 0) {
      // A layout table is left unread to its own end (see layoutFound).
      if (--this.skipped === 0 && this.table?.layout) this.endTable(this.table, end);
      return;
    }
    if (this.table) return this.closeInTable(this.table, end);
    if (this.heading) {
      if (--this.headingDepth > 0) return;
      addProse(this.blocks, 'heading', this.heading, this.source);
      this.heading = undefined;
      return;
    }
    const does = this.ends.pop()!;
    if (does & ARTICLE) this.articles--;
    if (does & FLUSH) this.flush();
  }

  text(value: string, start: number, end: number, verbatim: boolean): void {
    if (this.skipped > 0) return;
    const { table } = this;
    if (table) {
      // Text between a table's rows and cells is white space (the strict reader holds to that).
      if (table.cell) this.textInCell(table, table.cell, value, start, end, verbatim);
      return;
    }
    (this.heading ?? this.paragraph).addSourceText(value, start, end, verbatim, this.source.text);
  }

  /** The blocks of the page, once it is read. */
  finish(): Block[] {
    this.flush();
    return this.blocks;
  }

  private flush(): void {
    // Every block edge flushes, most of them with nothing gathered.
    if (this.paragraph.isUnused) return;
    const collected = this.paragraph;
    this.paragraph = new TextCollector();
    addProse(this.blocks, 'paragraph', collected, this.source);
  }

  /** Leaves out the content of the element starting here. */
  private skip(isVoid: boolean): void {
    if (!isVoid) this.skipped = 1;
  }

  private openInTable(table: TableReading, name: string, properties: Properties, start: number, isVoid: boolean): void {
    const { cell } = table;
    if (cell) return this.openInCell(table, cell, name, start, isVoid);
    const level = table.levels[table.levels.length - 1];
    // The walker reads a table's rows (in it or in its sections) and their cells, nothing else.
    if (level === ROW && (name === 'td' || name === 'th')) {
      table.cell = table.cellReading.begin(start);
      table.addSpans(numberProp(properties, 'colSpan'), numberProp(properties, 'rowSpan'));
      table.levels.push(CELL);
    } else if (level !== ROW && name === 'tr') {
      table.rows.push([]);
      table.rowStarts.push(start);
      table.levels.push(ROW);
    } else if (level === TABLE && (name === 'thead' || name === 'tbody' || name === 'tfoot')) {
      table.levels.push(SECTION);
    } else this.skip(isVoid);
  }

  private closeInTable(table: TableReading, end: number): void {
    const { cell } = table;
    if (cell) {
      if (cell.depth > 0) cell.close(end);
      else this.endCell(table, cell);
      return;
    }
    if (table.levels.pop() === TABLE) this.endTable(table, end);
  }

  private openInCell(table: TableReading, cell: CellReading, name: string, start: number, isVoid: boolean): void {
    if (cell.depth === 0) cell.children++;
    // A cell holding a table makes a layout table.
    if (name === 'table') return this.layoutFound(table, cell, isVoid ? 0 : 1);
    cell.open(name, start, isVoid);
  }

  private textInCell(table: TableReading, cell: CellReading, value: string, start: number, end: number, verbatim: boolean): void {
    if (cell.depth === 0 && ++cell.children === 1) cell.firstChildText(value, start, end, verbatim);
    if (cell.firstText < 0) cell.firstText = start;
    cell.textLength += trimText(value).length;
    if (cell.textLength > LAYOUT_CELL_TEXT) return this.layoutFound(table, cell, 0);
    if (cell.notText === 0) cell.addText(value, start, end, verbatim);
  }

  private endCell(table: TableReading, cell: CellReading): void {
    table.cell = undefined;
    table.levels.pop();
    table.rows[table.rows.length - 1].push(cell.finish());
    table.count++;
  }

  /**
   * The table is a layout table: the rest of it is left unread up to its end (`opening`: an
   * element starts here, and counts among those to pass), where it is read again as a tree.
   */
  private layoutFound(table: TableReading, cell: CellReading, opening: number): void {
    // Open: the table, its section, row and cell (its levels), and the elements open in the cell.
    this.skipped = table.levels.length + cell.depth + opening;
    table.layout = true;
    table.cell = undefined;
  }

  private endTable(table: TableReading, end: number): void {
    this.table = undefined;
    if (table.layout || table.count === 1) {
      const read = strictTree(this.source.text, table.start, end);
      // The table was read as part of the page already: read alone, it reads the same.
      if (!read) throw new Error('a table the strict reader read did not read again');
      new Walker(this.source, this.folding, this.blocks).table(read.root.children[0] as Element, table.inArticle);
      return;
    }
    if (table.count === 0) return;
    const grid = placeCells(table.rows, table.spans, table.rowStarts, this.source);
    if (grid.every((row) => row.every((c) => c.text === ''))) return;
    this.blocks.push({ type: 'table', layout: 'html', rows: grid, span: this.source.span(table.start, end) });
  }
}

/** What the end of an element does. */
const FLUSH = 1;
const ARTICLE = 2;

/** Where in a table the reading is. */
const TABLE = 0;
const SECTION = 1;
const ROW = 2;
const CELL = 3;

/** A table as far as it is read. */
class TableReading {
  /** The open parts of the table: itself, a section, a row, a cell. */
  readonly levels: number[] = [TABLE];
  readonly rows: Cell[][] = [];
  /**
   * Each cell's colspan and rowspan, in the order of the cells (html-grid.ts's placeCells);
   * none until a cell spans more than one column or row (most tables of CMS pages have none).
   */
  spans: number[] | undefined;
  /** Where each row's `<tr>` starts. */
  readonly rowStarts: number[] = [];
  count = 0;
  /** The cell being read, if any: `cellReading`, which serves every cell of the table in turn. */
  cell: CellReading | undefined;
  layout = false;

  constructor(
    readonly start: number,
    readonly inArticle: boolean,
    readonly cellReading: CellReading,
  ) {}

  /** The spans of the cell starting now (the cells before it are `count`). */
  addSpans(colSpan: number, rowSpan: number): void {
    if (!this.spans) {
      if (colSpan === 1 && rowSpan === 1) return;
      this.spans = [];
      for (let k = 0; k < this.count; k++) this.spans.push(1, 1);
    }
    this.spans.push(colSpan, rowSpan);
  }
}

/**
 * A cell as far as it is read: what html-grid.ts's htmlCell reads of a cell element, and what
 * the walker's layout test reads (its text's length).
 */
class CellReading {
  /** Where the cell starts. */
  start = 0;
  /** Elements open in the cell, and of those, the ones in an element whose text is left out (NOT_TEXT). */
  depth = 0;
  notText = 0;
  /**
   * Per element open in the cell outside NOT_TEXT: whether its end is a break. Empty again at
   * the end of every cell read to its end (a cell is left unread only in a layout table, whose
   * cells are then all left).
   */
  private readonly breaksAtEnd: boolean[] = [];
  /** Nodes directly in the cell; the first, when it is text. */
  children = 0;
  private onlyValue = '';
  private onlyStart = 0;
  private onlyEnd = 0;
  private onlyVerbatim = false;
  private onlyIsText = false;
  /** Where the cell's first text node starts (-1: none yet), and the length of its text nodes' trimmed text. */
  firstText = -1;
  textLength = 0;
  /**
   * The cell's text so far; made when a second piece comes (a cell of one run of text, most of
   * them, needs none), the first then added to it.
   */
  private collector: TextCollector | undefined;
  private firstPending = false;

  constructor(
    private readonly source: SourceText,
    private readonly folding: Folding,
  ) {}

  /** Starts reading a cell that starts at `start` (a table's cells are read one after the other). */
  begin(start: number): this {
    this.start = start;
    this.depth = 0;
    this.notText = 0;
    this.children = 0;
    this.onlyValue = '';
    this.onlyIsText = false;
    this.firstText = -1;
    this.textLength = 0;
    this.collector = undefined;
    this.firstPending = false;
    return this;
  }

  firstChildText(value: string, start: number, end: number, verbatim: boolean): void {
    this.onlyValue = value;
    this.onlyStart = start;
    this.onlyEnd = end;
    this.onlyVerbatim = verbatim;
    this.onlyIsText = true;
  }

  /** As html-grid.ts's collect(): text out of NOT_TEXT, `<br>` a break, block elements' edges breaks. */
  open(name: string, start: number, isVoid: boolean): void {
    if (this.notText > 0 || NOT_TEXT.has(name)) {
      if (!isVoid) {
        this.notText++;
        this.depth++;
      }
      return;
    }
    if (name === 'br') return this.collected().addBreak(start);
    const block = BLOCK_IN_CELL.has(name);
    if (block) this.collected().addBreak(start);
    if (isVoid) return;
    this.breaksAtEnd.push(block);
    this.depth++;
  }

  close(end: number): void {
    this.depth--;
    if (this.notText > 0) this.notText--;
    else if (this.breaksAtEnd.pop()) this.collected().addBreak(end);
  }

  addText(value: string, start: number, end: number, verbatim: boolean): void {
    // The first node of the cell, and text: kept aside (firstChildText) until more comes.
    if (!this.collector && !this.firstPending && this.depth === 0 && this.children === 1) this.firstPending = true;
    else this.collected().addSourceText(value, start, end, verbatim, this.source.text);
  }

  finish(): Cell {
    const { source } = this;
    if (this.children === 0) return blankCell(this.start, source);
    if (this.children === 1 && this.onlyIsText && isPlainVerbatimText(this.onlyValue, this.onlyStart, this.onlyEnd, this.onlyVerbatim, source.text)) {
      return verbatimCell(this.onlyValue, this.onlyStart, source);
    }
    return collectedCell(this.collected().finish(), () => (this.firstText >= 0 ? this.firstText : this.start), source, this.folding);
  }

  /** The cell's collector, made (with the first text in it) if need be. */
  private collected(): TextCollector {
    if (!this.collector) {
      this.collector = new TextCollector();
      if (this.firstPending) {
        this.firstPending = false;
        this.collector.addSourceText(this.onlyValue, this.onlyStart, this.onlyEnd, this.onlyVerbatim, this.source.text);
      }
    }
    return this.collector;
  }
}
