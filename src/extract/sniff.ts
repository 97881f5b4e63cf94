/**
 * What a file really is, from its first bytes: publishing platforms serve HTML under a .doc
 * or .xls name ("导出Word/Excel"), staff rename files, and Word keeps a password-protected
 * .docx in the same OLE container as a legacy .doc. The extension only says what was meant.
 */
export type Sniffed = 'zip' | 'ole' | 'ole-encrypted' | 'rtf' | 'mht' | 'html' | 'other';

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted OOXML file keeps its package in, as its UTF-16LE directory name. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE) ? 'ole-encrypted' : 'ole';
  const head = latin1Head(bytes);
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (/^mime-version:/im.test(head) && /multipart\/related/i.test(head)) return 'mht';
  if (/<(!doctype html|html|head|body|table|meta|p|div)[\s>]/i.test(head)) return 'html';
  return 'other';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The first KiB as Latin-1 with a UTF-8 BOM and UTF-16 NULs removed: enough to see markup. */
function latin1Head(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '').replace(/\0/g, '').trimStart();
}
