import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';
import { params } from './property/budget.js';

const text = '政府信息公开情况统计表\n收到申请数\t3\n';

describe('decode', () => {
  it('reads UTF-8 without and with BOM', () => {
    expect(decode(Buffer.from(text))).toEqual({ ok: true, text, encoding: 'utf-8', bom: false, bmpOnly: true });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ ok: true, text, encoding: 'utf-8', bom: true, bmpOnly: true });
  });

  it('says whether UTF-8 text has code points above U+FFFF (each lead byte F0 to F4)', () => {
    for (const astral of ['𠀀', '\u{10000}', '\u{7ffff}', '\u{a0000}', '\u{e0001}', '\u{10ffff}']) {
      expect(decode(Buffer.from(`收到${astral}申请`)), astral).toMatchObject({ ok: true, bmpOnly: false });
    }
    const unit = fc.constantFrom('申', 'a', '1', '\n', '\u00ff', '\u07ff', '\uffff', '\ufffd', '𠀀', '😀', '\u{10ffff}');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 20 }).map((u) => u.join('')), (s) => {
        expect(decode(Buffer.from(s))).toMatchObject({ ok: true, text: s, bmpOnly: !/[\ud800-\udfff]/.test(s) });
      }),
      params(300),
    );
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(decode(le)).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decode(be)).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });

  it('falls back to GB18030 for GBK text', () => {
    expect(decode(iconv.encode(text, 'gbk'))).toEqual({ ok: true, text, encoding: 'gb18030', bom: false });
    expect(decode(iconv.encode(text, 'gb18030'))).toMatchObject({ ok: true, text, encoding: 'gb18030' });
  });

  it('says why it cannot decode', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]))).toEqual({ ok: false, reason: 'binary' });
    expect(decode(Buffer.from([0xff, 0xfe, 0x41]))).toEqual({ ok: false, reason: 'undecodable' });
  });

  describe('UTF-8 gives exactly what a strict TextDecoder gives', () => {
    // decode() takes a faster way than TextDecoder (validate, then transcode to UTF-16): the
    // reference is the plain strict decoder it replaced.
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const reference = (bytes: Uint8Array): string | undefined => {
      try {
        return strict.decode(bytes);
      } catch {
        return undefined;
      }
    };
    const same = (bytes: Uint8Array) => {
      const got = decode(bytes);
      if (got.ok && got.encoding === 'utf-8') expect(got.text).toBe(reference(bytes.subarray(got.bom ? 3 : 0)));
      else expect(got.ok && got.encoding === 'utf-8').toBe(false);
      return got;
    };

    it('for any text of any code points (astral ones as surrogate pairs), also after a BOM and inside a larger buffer', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.nat(7), (s, at) => {
          const encoded = Buffer.from(`文${s}`);
          const got = same(encoded);
          // (C0 controls may make a short text look binary.)
          if (!/[\u0000-\u001f]/.test(s)) expect(got).toMatchObject({ ok: true, text: `文${s}`, encoding: 'utf-8' });
          // A view into the middle of a larger buffer, as a sliced file or a BOM-less subarray is.
          const host = Buffer.concat([Buffer.alloc(at, 0x41), Buffer.from([0xef, 0xbb, 0xbf]), encoded]);
          const view = new Uint8Array(host.buffer, host.byteOffset + at, encoded.length + 3);
          const viaBom = same(view);
          if (got.ok) expect(viaBom).toMatchObject({ ok: true, text: got.text, bom: true });
        }),
        params(200),
      );
    });

    it('for any bytes: the same text, or not UTF-8 for both', () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void same(bytes)), params(500));
      // Encoded surrogates, overlong forms and truncated sequences are not UTF-8.
      for (const bad of [[0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe6, 0x94], [0xf4, 0x90, 0x80, 0x80]]) {
        expect(decode(Buffer.from([0x41, ...bad, 0x41]))).not.toMatchObject({ encoding: 'utf-8' });
      }
    });

    it('keeps ASCII text as it is and reads a file larger than the fast path the same way', () => {
      expect(decode(Buffer.from('report 2021\n'))).toEqual({ ok: true, text: 'report 2021\n', encoding: 'utf-8', bom: false, bmpOnly: true });
      const large = `${'收到申请数 12\n'.repeat(800_000)}𠀀`;
      const got = decode(Buffer.from(large));
      expect(got).toMatchObject({ ok: true, encoding: 'utf-8', bmpOnly: false });
      expect(got.ok && got.text === large).toBe(true);
    });
  });
});
