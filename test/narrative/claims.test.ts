import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBreakdowns } from '../../src/narrative/breakdowns.js';
import { readClaims, type Claim } from '../../src/narrative/claims.js';
import { chineseValue, foldNumberText, foldedNumbers, numberTokens } from '../../src/narrative/numerals.js';
import type { Para } from '../../src/narrative/paragraphs.js';
import { loadNarrativePolicy } from '../../src/narrative/policy.js';

const policy = loadNarrativePolicy();

function para(s: string): Para {
  return { text: foldNumberText(s), isHeading: false, pieces: [{ at: 0, start: 0, length: s.length }] };
}

function claims(s: string): Claim[] {
  return readClaims(para(s), policy);
}

/** `value unit subject` for each claim, `~` before an approximate one. */
function read(s: string): string[] {
  return claims(s).map((c) => `${c.exact ? '' : '~'}${c.value}${c.unit} ${c.ambiguous ? '?' : (c.subject?.id ?? '-')}`);
}

describe('numerals', () => {
  it('Chinese numerals', () => {
    expect([['零', 0], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['一百零五', 105], ['两千', 2000], ['三万五千', 35000], ['二〇二二', 2022]].map(([s]) => chineseValue(s as string))).toEqual([0, 2, 10, 12, 20, 105, 2000, 35000, 2022]);
    expect(chineseValue('十三五')).toBeUndefined();
    expect(chineseValue('万')).toBeUndefined();
  });

  it('full-width digits keep their places', () => {
    const s = foldNumberText('共３８件，占４２．１％');
    expect(s).toBe('共38件，占42.1%');
    expect(numberTokens(s).map((t) => [t.index, t.value, t.decimals])).toEqual([[1, 38, 0], [6, 42.1, 1]]);
  });

  it('foldedNumbers folds a text only when it has a character to fold, and reads the numbers of the folded text', () => {
    const plain = '共38件，占42.1%，一是';
    expect(foldedNumbers(plain).text).toBe(plain);
    // A full-width point between digits (either kind) is folded; elsewhere it is left alone.
    const alphabet = fc.constantFrom(...'0１９,.．％%件一十，'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join('')), (text) => {
        const folded = foldNumberText(text);
        const { text: out, tokens } = foldedNumbers(text);
        expect(out).toBe(folded);
        expect(tokens).toEqual(numberTokens(folded));
        expect(tokens.map((t) => folded.slice(t.index, t.end))).toEqual(tokens.map((t) => t.text));
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(foldedNumbers('１．５和2．5，．5').text).toBe('1.5和2.5，．5');
  });

  it('thousands separators and decimals', () => {
    expect(numberTokens('1,326件，2.5万元').map((t) => t.value)).toEqual([1326, 2.5]);
  });

  it('a digit run right after a letter, digit or point is not a number; a group of more than three digits ends at three', () => {
    expect(numberTokens('v12，1.2.3，a1,234，1,2345件，3.件').map((t) => t.text)).toEqual(['1.2', '234', '1,234', '3']);
  });

  it('the scanner reads exactly what the two regular expressions it replaced read', () => {
    // The definition the hand-written scanner must keep: a regression here moves claims.
    const reference = (text: string) =>
      [
        ...[...text.matchAll(/(?<![A-Za-z\d.])\d+(?:,\d{3})*(?:\.\d+)?/gu)].map((m) => [m.index, m[0], Number(m[0].replace(/,/g, ''))]),
        ...[...text.matchAll(/[零〇一二两三四五六七八九十百千万]+/gu)].flatMap((m) => {
          const value = chineseValue(m[0]);
          return value === undefined ? [] : [[m.index, m[0], value]];
        }),
      ].sort((a, b) => (a[0] as number) - (b[0] as number));
    const alphabet = fc.constantFrom(...'0123456789,.,.a共件一二十百万两〇，。 '.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        expect(numberTokens(text).map((t) => [t.index, t.text, t.value])).toEqual(reference(text));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('reads a text longer than the scanner\'s scratch copy of code units, and a short one after a long one, alike', () => {
    const long = `${'共'.repeat(20_000)}十二件，3,400元`;
    expect(numberTokens(long).map((t) => [t.index, t.text, t.value])).toEqual([[20_000, '十二', 12], [20_004, '3,400', 3400]]);
    const numerals = `收到${'十'.repeat(50)}`;
    expect(numberTokens(numerals).map((t) => t.index)).toEqual([]);
    // The units of the longer text are still in the scratch copy past the end of this one.
    expect(numberTokens('共三')).toEqual([{ index: 1, end: 2, value: 3, text: '三', chinese: true, decimals: 0 }]);
    expect(numberTokens('ab')).toEqual([]);
  });
});

describe('what is a claim', () => {
  it('a number with a unit; dates, document numbers and durations are not', () => {
    expect(read('2022年12月31日，国办公开办函〔2021〕30号，15个工作日内，3个月，第2次，一次性告知')).toEqual([]);
    expect(read('新收政府信息公开申请38件，主动公开政府信息1,326条，专项经费2.5万元，培训46人次')).toEqual([
      '38件 received',
      '1326条 proactive',
      '2.5万元 budget',
      '46人次 trainees',
    ]);
  });

  it('approximate quantities are marked', () => {
    expect(read('信息30余条、约40条、近50条、超过60条、70条左右、80多条、3至5件')).toEqual(['~30条 -', '~40条 -', '~50条 -', '~60条 -', '~70条 -', '~80条 -', '~5件 -']);
  });

  it('Chinese numerals: 一件, 两件, 十二件, 三万元; not 统一, 数十件', () => {
    expect(read('受理政府信息公开申请十二件，上年结转两件，专项经费三万元')).toEqual(['12件 received', '2件 carried-in', '3万元 budget']);
    expect(read('统一件数，数十件')).toEqual([]);
  });

  it('the longer subject wins; two different subjects make a number ambiguous', () => {
    expect(read('不予公开3件，上年结转2件，不同意公开1件，同意部分公开1件')).toEqual(['3件 refused', '2件 carried-in', '1件 legacy-refused', '1件 legacy-partly']);
    expect(read('通过政府网站和政务微信公开信息90条')).toEqual(['90条 ?']);
  });

  it('a change, a running total or last year’s figure is not comparable', () => {
    expect(claims('新收申请同比增加5件，累计受理申请300件，去年收到申请20件').map((c) => c.comparable)).toEqual([false, false, false]);
  });
});

describe('breakdowns', () => {
  const bd = (s: string) => {
    const p = para(s);
    return readBreakdowns(p.text, readClaims(p, policy), policy).map((b) => `${b.total.value}: ${b.parts.map((x) => `${x.claim?.value ?? ''}${x.share ? `(${x.share.value}%)` : ''}`).join(' ')}${b.exhaustive ? ' all' : ''}`);
  };

  it('"共 X，其中 a、b、c" and "X（a、b）"', () => {
    expect(bd('共办结39件，其中予以公开16件，部分公开3件，其他处理20件。')).toEqual(['39: 16 3 20 all']);
    expect(bd('不同意公开3件（涉及商业秘密1件、涉及个人隐私1件）')).toEqual(['3: 1 1']);
    expect(bd('共收到申请50件，其中自然人占80%，法人或其他组织占20%。')).toEqual(['50: (80%) (20%)']);
  });

  it('a part may name its subject after the number', () => {
    const p = para('被申请行政复议3件，其中2件维持原行政行为，1件尚未审结。');
    const cs = readClaims(p, policy);
    readBreakdowns(p.text, cs, policy);
    expect(cs.map((c) => c.subject?.id)).toEqual(['reconsideration', 'upheld', 'pending']);
  });

  it('the list ends at the sentence, at ； when the next item is not a part, at 另有', () => {
    expect(bd('共办结16件，其中予以公开6件，其他处理1件；结转下年度继续办理2件。')).toEqual(['16: 6 1 all']);
    expect(bd('新收申请38件，其中自然人31件，其他组织7件；另有上年结转申请3件。')).toEqual(['38: 31 7 all']);
    expect(bd('共办结50件，其中予以公开26件，占52%；部分公开4件，占8%。')).toEqual(['50: 26(52%) 4(8%)']);
  });
});
