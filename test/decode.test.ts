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

  it('takes bytes for binary exactly when the first 8 kB hold a NUL or more than a tenth other controls, wherever they sit', () => {
    // The sniff reads four bytes at a time: the reference reads one at a time, as it did.
    const binary = (bytes: Uint8Array) => {
      const length = Math.min(bytes.length, 8192);
      let controls = 0;
      for (let i = 0; i < length; i++) {
        const b = bytes[i];
        if (b === 0) return true;
        if (b < 32 && !(b >= 9 && b <= 13) && b !== 27) controls++;
      }
      return controls > length / 10;
    };
    // Mostly letters and line ends, with controls (NUL among them) here and there.
    const byte = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(0x41, 0x0a, 0x0d, 0x09, 0x1b, 0x20, 0x7f, 0x80, 0xff) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 31 }) }, { weight: 1, arbitrary: fc.constant(0) });
    const sample = fc.oneof(fc.array(byte, { maxLength: 40 }), fc.array(byte, { minLength: 8180, maxLength: 8200 }));
    fc.assert(
      fc.property(sample, fc.nat(3), (values, at) => {
        // Not a BOM (decode reads those as they say), at every alignment inside a larger buffer.
        const bytes = [0x41, ...values];
        const host = new Uint8Array(bytes.length + at + 3);
        host.set(bytes, at);
        const view = host.subarray(at, at + bytes.length);
        const got = decode(view);
        expect(!got.ok && got.reason === 'binary').toBe(binary(view));
      }),
      params(300),
    );
    // Every byte value at every place of a word, at every alignment: one control in eight bytes is binary.
    for (let b = 0; b < 256; b++) {
      for (let place = 0; place < 8; place++) {
        for (let at = 0; at < 4; at++) {
          const host = new Uint8Array(12).fill(0x41);
          host[at + place] = b;
          const view = host.subarray(at, at + 8);
          const got = decode(view);
          expect(!got.ok && got.reason === 'binary', `byte ${b} at ${place}, offset ${at}`).toBe(binary(view));
        }
      }
    }
    // A tenth exactly is text, one more is binary; a NUL past the sample is not looked at.
    const tenth = (n: number) => Uint8Array.from({ length: 100 }, (_, i) => (i < n ? 0x01 : 0x41));
    expect(decode(tenth(10))).toMatchObject({ ok: true });
    expect(decode(tenth(11))).toEqual({ ok: false, reason: 'binary' });
    const lateNul = new Uint8Array(9000).fill(0x41);
    lateNul[8192] = 0;
    expect(decode(lateNul)).toMatchObject({ ok: true });
    lateNul[8191] = 0;
    expect(decode(lateNul)).toEqual({ ok: false, reason: 'binary' });
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
