import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimText } from '../src/trim.js';
import { params } from './property/budget.js';

// Every character String#trim removes (ECMAScript WhiteSpace and LineTerminator), and some it keeps.
const TRIMMED = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const KEPT = '申请38件、（一）\u200b\u0085';

describe('trimText', () => {
  it('gives what String#trim gives, whatever the ends', () => {
    const unit = fc.constantFrom(...TRIMMED, ...KEPT);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), (units) => {
        const text = units.join('');
        expect(trimText(text)).toBe(text.trim());
      }),
      params(2000),
    );
  });

  it('returns a text with nothing to trim as it is', () => {
    const text = '本年新收政府信息公开申请数量';
    expect(trimText(text)).toBe(text);
    expect(trimText('\u3000 38\u00a0')).toBe('38');
  });
});
