/** Builds a report text line by line, remembering where each template value's cell starts. */
export interface Cell {
  text: string;
  /** The template key of the value this cell holds. */
  key?: string;
}

export interface Rendered {
  text: string;
  kind: 'markdown' | 'text';
  /** 1-based line and code-point column of each value's cell. */
  at: Map<string, { line: number; column: number }>;
}

export class Writer {
  readonly lines: string[] = [];
  readonly at = new Map<string, { line: number; column: number }>();

  text(...lines: string[]): this {
    this.lines.push(...lines);
    return this;
  }

  /** One line of cells: `prefix` cell `sep` cell … `suffix`. */
  row(cells: Cell[], sep: string, prefix = '', suffix = ''): this {
    let line = prefix;
    cells.forEach((c, i) => {
      if (i > 0) line += sep;
      if (c.key) this.at.set(c.key, { line: this.lines.length + 1, column: [...line].length + 1 });
      line += c.text;
    });
    this.lines.push(line + suffix);
    return this;
  }

  /** Each non-empty cell on a line of its own, a blank line after each (small-agency pages). */
  stream(cells: Cell[]): this {
    for (const c of cells) if (c.text !== '') this.row([c], '').text('');
    return this;
  }

  done(kind: 'markdown' | 'text'): Rendered {
    return { text: `${this.lines.join('\n')}\n`, kind, at: this.at };
  }
}
