import { decode, type Decoded } from '../decode.js';

/**
 * Bytes of an HTML page → text, as a browser would pick the charset: a BOM first, then the
 * charset a `<meta>` declares in the first 1024 bytes, else our text decoding (strict UTF-8,
 * then GB18030). Pages saved by older CMSs declare gb2312/gbk; GB18030 decodes all of those.
 * One exception to the declaration: bytes that are valid UTF-8 with non-ASCII characters are
 * read as UTF-8 even when the page declares GBK, since a page re-saved as UTF-8 keeps its old
 * `<meta>`, while GBK text that happens to be valid UTF-8 is vanishingly rare.
 */
export type HtmlDecoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      bmpOnly?: boolean;
      /** Known to have no NUL character (from the bytes, for UTF-8 and GB18030, where only NUL is written with a zero byte). */
      nulFree?: boolean;
    }
  | Extract<Decoded, { ok: false }>;

const GB_LABELS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312', 'iso-ir-58', 'csgb2312', 'chinese', 'windows-936']);

export function decodeHtml(bytes: Uint8Array): HtmlDecoded {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = bom ? undefined : declaredCharset(bytes);
  if (!declared || declared === 'utf-8' || declared === 'utf8') return fromDecoded(decode(bytes), bytes);
  const asUtf8 = decode(bytes);
  if (asUtf8.ok && asUtf8.encoding === 'utf-8' && /[^\x00-\x7f]/.test(asUtf8.text)) return fromDecoded(asUtf8, bytes);
  const label = GB_LABELS.has(declared) ? 'gb18030' : declared;
  try {
    return { ok: true, text: new TextDecoder(label).decode(bytes), encoding: label };
  } catch {
    // A label Node does not know: fall back to our own sniffing.
    return fromDecoded(decode(bytes), bytes);
  }
}

function fromDecoded(d: Decoded, bytes: Uint8Array): HtmlDecoded {
  if (!d.ok) return d;
  // A native search of the bytes, where one of the decoded text (two bytes a character) took ~3 µs a page.
  const nulFree = d.encoding === 'utf-8' || d.encoding === 'gb18030' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) < 0 : undefined;
  return { ok: true, text: d.text, encoding: d.encoding, bmpOnly: d.bmpOnly, nulFree };
}

/** `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // A view, decoded natively: Buffer.from(aUint8Array) copies it element by element first.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  for (const meta of head.match(/<meta\b[^<>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(meta);
    if (m) return m[1].toLowerCase();
  }
  return undefined;
}
