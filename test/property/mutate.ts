import fc from 'fast-check';

/**
 * Random damage of the kinds real files suffer — lines lost, doubled or reordered in copying,
 * a file cut short, stray control characters, NULs, lone surrogates, a BOM in the middle, broken
 * UTF-8 — and some a hostile author would add (directive comments, markup, pipes, brackets).
 */
const SNIPPETS = [
  '\u0000', '\u001b[31m', '\u001b]8;;http://x\u0007', '\r', '\r\n', '\n\n', '\t', '\u00a0', '\u3000', '\u0085', '\u2028', '\u009b',
  '\ud800', '\udfff', '\ufeff', '|', ' | ', '  ', '（', '）', '(', '其中', '共', '件', '1', '-', '０', '1,000', '3.5', '/', '——',
  '<!-- disclosure-lint-disable -->', '# disclosure-lint-disable-next-line', '<table><tr><td>', '```', '    ', '#', '> ', '- ', '1. ',
];

type TextEdit = (s: string) => string;

const at = (s: string, p: number) => (s.length === 0 ? 0 : p % (s.length + 1));
const lineEdit = (f: (lines: string[], i: number, j: number) => string[]) =>
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): TextEdit => (s) => {
    const lines = s.split('\n');
    return f(lines, i % lines.length, j % lines.length).join('\n');
  });

export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  lineEdit((l, i) => [...l.slice(0, i), ...l.slice(i + 1)]),
  lineEdit((l, i) => [...l.slice(0, i + 1), l[i], ...l.slice(i + 1)]),
  lineEdit((l, i, j) => {
    const out = [...l];
    [out[i], out[j]] = [out[j], out[i]];
    return out;
  }),
  lineEdit((l, i, j) => [...l.slice(0, Math.min(i, j)), ...l.slice(Math.min(i, j), Math.max(i, j)).reverse(), ...l.slice(Math.max(i, j))]),
  fc.nat().map((p): TextEdit => (s) => s.slice(0, at(s, p))),
  fc.tuple(fc.nat(), fc.constantFrom(...SNIPPETS)).map(([p, x]): TextEdit => (s) => s.slice(0, at(s, p)) + x + s.slice(at(s, p))),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 8 })).map(([p, x]): TextEdit => (s) => s.slice(0, at(s, p)) + x + s.slice(at(s, p) + 1)),
  fc.tuple(fc.nat(), fc.nat(200)).map(([p, n]): TextEdit => (s) => s.slice(0, at(s, p)) + s.slice(at(s, p) + n)),
);

type ByteEdit = (b: Uint8Array) => Uint8Array;
const pos = (b: Uint8Array, p: number) => (b.length === 0 ? 0 : p % (b.length + 1));

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([p, v]): ByteEdit => (b) => {
    const out = Uint8Array.from(b);
    if (out.length > 0) out[p % out.length] = v;
    return out;
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 16 })).map(([p, x]): ByteEdit => (b) => Buffer.concat([b.subarray(0, pos(b, p)), x, b.subarray(pos(b, p))])),
  fc.tuple(fc.nat(), fc.nat(64)).map(([p, n]): ByteEdit => (b) => Buffer.concat([b.subarray(0, pos(b, p)), b.subarray(pos(b, p) + n)])),
  fc.nat().map((p): ByteEdit => (b) => b.subarray(0, pos(b, p))),
);

export const apply = <T>(x: T, edits: Array<(v: T) => T>): T => edits.reduce((v, e) => e(v), x);
