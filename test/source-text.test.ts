import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../src/source-text.js';
import { params } from './property/budget.js';

describe('SourceText', () => {
  it('counts lines for LF, CRLF and CR alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const s = new SourceText(['第一行', '第二行 12', ''].join(eol));
      expect(s.lineCount).toBe(3);
      expect(s.line(1)).toBe('第二行 12');
      const offset = s.text.indexOf('12');
      expect(s.position(offset)).toEqual({ line: 2, column: 5, offset });
    }
  });

  it('counts columns in code points (an astral character is one column)', () => {
    const s = new SourceText('𠀀𠀁 7');
    expect(s.position(s.text.indexOf('7')).column).toBe(4);
  });
});

describe('SourceText positions, asked in any order', () => {
  /** Line and column as a person counts them, from the start of the text. */
  function counted(text: string, offset: number) {
    let line = 1;
    let column = 1;
    for (let i = 0; i < offset; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
        line++;
        column = 1;
      } else if (c !== '\r' || i + 1 >= offset) {
        // A CR of a CRLF is a column of its line only for an offset between the two.
        const code = c.charCodeAt(0);
        if (code < 0xdc00 || code > 0xdfff) column++;
      }
    }
    return { line, column, offset };
  }

  it('agrees with counting from the start, with and without astral characters and long lines', () => {
    const piece = fc.constantFrom('甲', 'a', ' ', '\n', '\r\n', '\r', '𠀀', '12', '乙'.repeat(300));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 30 }), (pieces, picks) => {
        const text = pieces.join('');
        const s = new SourceText(text);
        for (const pick of picks) {
          const offset = pick % (text.length + 1);
          expect(s.position(offset)).toEqual(counted(text, offset));
        }
      }),
      params(300),
    );
  });

  it('gives a span the positions of its two ends, however it is made (one line, across lines, empty, bmpOnly or not)', () => {
    const piece = fc.constantFrom('甲', 'a', ' ', '\n', '\r\n', '\r', '𠀀', '12', '乙'.repeat(300));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(40)), { maxLength: 30 }), (pieces, picks) => {
        const text = pieces.join('');
        for (const s of [new SourceText(text), new SourceText(text, !/[\ud800-\udfff]/.test(text))]) {
          for (const [pick, length] of picks) {
            const start = pick % (text.length + 1);
            const end = Math.min(text.length, start + length);
            expect(s.span(start, end)).toEqual({ start: counted(text, start), end: counted(text, end) });
          }
        }
      }),
      params(300),
    );
  });
});

describe('SourceText.nextIndexOf, the kept forward search', () => {
  it('answers as text.indexOf for queries in any order and of any string', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '|', '\n', '表', 'x'), maxLength: 60 });
    const query = fc.tuple(fc.constantFrom('|', 'x', '表x'), fc.nat(70));
    fc.assert(
      fc.property(text, fc.array(query, { maxLength: 20 }), (t, queries) => {
        const s = new SourceText(t);
        for (const [search, from] of queries) expect(s.nextIndexOf(search, from)).toBe(t.indexOf(search, from));
      }),
      params(300),
    );
  });

  it('finds the next pipe for every line of a text asked in order', () => {
    const s = new SourceText('甲\n| 1 |\n乙\n丙\n| 2 |');
    expect([0, 2, 8, 10, 12].map((from) => s.nextIndexOf('|', from))).toEqual([2, 2, 12, 12, 12]);
    expect(s.nextIndexOf('|', 17)).toBe(-1);
    expect(s.nextIndexOf('|', 3)).toBe(6);
  });
});
