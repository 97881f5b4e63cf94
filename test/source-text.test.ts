import { describe, expect, it } from 'vitest';
import { SourceText } from '../src/source-text.js';

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
