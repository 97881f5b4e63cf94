import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';

const text = '政府信息公开情况统计表\n收到申请数\t3\n';

describe('decode', () => {
  it('reads UTF-8 without and with BOM', () => {
    expect(decode(Buffer.from(text))).toEqual({ ok: true, text, encoding: 'utf-8', bom: false });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ ok: true, text, encoding: 'utf-8', bom: true });
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
});
