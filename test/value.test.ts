import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../src/document.js';
import { loadFolding } from '../src/folding.js';
import { SourceText } from '../src/source-text.js';
import { parseGeneralValue, parseValue } from '../src/value.js';
import { params } from './property/budget.js';

const folding = loadFolding();

function valueOf(text: string) {
  const source = new SourceText(`x ${text} y`);
  const cell: Cell = { text, span: source.span(2, 2 + text.length), joined: false };
  return parseValue(cell, source, folding);
}

describe('parseValue', () => {
  it('reads integers, decimals, full-width digits and trailing units', () => {
    expect(valueOf('190')).toMatchObject({ kind: 'number', value: 190, integer: true });
    expect(valueOf('1.1')).toMatchObject({ kind: 'number', value: 1.1, integer: false });
    expect(valueOf('１９０')).toMatchObject({ kind: 'number', value: 190, text: '190' });
    expect(valueOf('251000元')).toMatchObject({ kind: 'number', value: 251000, unit: '元' });
    expect(valueOf('-8')).toMatchObject({ kind: 'number', value: -8 });
    expect(valueOf('1,234')).toMatchObject({ kind: 'number', value: 1234 });
  });

  it('points at the number itself, not at the cell', () => {
    const v = valueOf('? 12');
    expect(v).toMatchObject({ kind: 'number', value: 12 });
    expect(v.span.start.column).toBe(5);
    expect(v.span.end.column).toBe(7);
  });

  it('keeps placeholders and blanks apart from zero, and flags text', () => {
    for (const p of ['/', '-', '——', '无']) expect(valueOf(p)).toMatchObject({ kind: 'placeholder' });
    expect(valueOf('')).toMatchObject({ kind: 'blank' });
    expect(valueOf('\u00a0')).toMatchObject({ kind: 'blank' });
    expect(valueOf('两次')).toMatchObject({ kind: 'invalid', text: '两次' });
  });
});

describe('parseValue on a plain count', () => {
  it('gives what the general reading gives, for any cell', () => {
    const piece = fc.constantFrom('0', '1', '7', '12', '007', '1,234', '.5', ' ', '\u00a0', '１', '元', '万元', '/', '-', '无', '?', 'a', '9'.repeat(16));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), fc.string({ maxLength: 3 }), (pieces, before) => {
        const text = pieces.join('');
        const source = new SourceText(`${before}\n${text}\n`);
        const start = before.length + 1;
        const cell: Cell = { text, span: source.span(start, start + text.length), joined: false };
        expect(parseValue(cell, source, folding)).toStrictEqual(parseGeneralValue(cell, source, folding));
      }),
      params(500),
    );
  });
});
