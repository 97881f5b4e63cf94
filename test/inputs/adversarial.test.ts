import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lintBytes, type LintOptions } from '../../src/lint-source.js';
import type { FileResult } from '../../src/result.js';
import { ROOT, runCli } from '../helpers/cli.js';

const options: LintOptions = { lang: 'zh', rules: {} };
const example = (rel: string) => readFileSync(path.join(ROOT, 'examples', rel));

/** The one message of a file that could not be read: its rule, severity, position and data. */
function only(result: FileResult) {
  expect(result.messages).toHaveLength(1);
  const [m] = result.messages;
  expect(m).toMatchObject({ severity: 2, line: 1, column: 1, fatal: true });
  return m;
}

/** Sets the uncompressed size every header of a one-entry zip declares. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

/** An OLE compound file header (what .doc, .wps, .xls and encrypted .docx files start with) and some directory names. */
function oleFile(...streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return Buffer.concat([header, ...streams.map((s) => Buffer.from(s, 'utf16le')), Buffer.alloc(512)]);
}

describe('zip-based files that are not safe or not whole', () => {
  it('a corrupt zip is file-corrupt', async () => {
    const bytes = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]);
    const m = only(await lintBytes('report.docx', bytes, options));
    expect(m.ruleId).toBe('file-corrupt');
    expect(m.message).toContain('文件已损坏');
  });

  it('a truncated .xlsx is file-corrupt', async () => {
    const bytes = example('xlsx/2021-clean.xlsx');
    expect(only(await lintBytes('report.xlsx', bytes.subarray(0, bytes.length >> 1), options)).ruleId).toBe('file-corrupt');
  });

  it('a zip without a Word document inside is file-corrupt', async () => {
    const zip = zipSync({ 'hello.txt': new TextEncoder().encode('hello') });
    expect(only(await lintBytes('report.docx', zip, options)).ruleId).toBe('file-corrupt');
  });

  it('a zip bomb (an entry declaring 300 MB) is refused before anything is unpacked', async () => {
    const zip = declareSize(zipSync({ 'word/document.xml': new Uint8Array(1024) }, { level: 9 }), 300 * 1024 * 1024);
    const m = only(await lintBytes('bomb.docx', zip, options));
    expect(m.ruleId).toBe('file-archive-too-large');
    expect(m.message).toBe('文件解压后超过 300.0 MB，上限为 200.0 MB（可能是“压缩炸弹”），未予读取；确属正常文件时可调高 maxUnpackedSize');
  });

  it('a zip that really unpacks past the limit is refused (limit lowered for the test)', async () => {
    const zip = zipSync({ 'xl/a.xml': new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(10_000);
    const m = only(await lintBytes('bomb.xlsx', zip, { ...options, limits: { maxUnpackedSize: 1024 * 1024 } }));
    expect(m.ruleId).toBe('file-archive-too-large');
    expect(m.message).toContain('上限为 1.0 MB');
  });

  it('an entry that inflates to more than it declares is stopped, not unpacked', async () => {
    const zip = declareSize(zipSync({ 'word/document.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 9 }), 100);
    expect(only(await lintBytes('liar.docx', zip, options)).ruleId).toBe('file-corrupt');
  });

  it('too many entries is refused', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.xml`, new Uint8Array(1)]));
    const m = only(await lintBytes('many.docx', zipSync(files), { ...options, limits: { maxZipEntries: 20 } }));
    expect(m.ruleId).toBe('file-archive-too-many-entries');
    expect(m.message).toBe('文件内部有 30 个压缩条目，超过上限 20，未予读取；确属正常文件时可调高 maxZipEntries');
  });
});

describe('files Word and WPS save in other formats', () => {
  it('a password-protected .docx (an encrypted OLE package) says to remove the password', async () => {
    const m = only(await lintBytes('年报.docx', oleFile('EncryptionInfo', 'EncryptedPackage'), options));
    expect(m.ruleId).toBe('file-encrypted');
    expect(m.message).toBe('文件设置了打开密码（已加密），无法读取；请在 Word、WPS 或 Excel 中取消密码，另存为 .docx 后再检查');
  });

  it('a legacy .doc says to save it as .docx; a .wps and an OLE file named .docx too', async () => {
    for (const name of ['年报.doc', '年报.wps', '年报.docx']) {
      const m = only(await lintBytes(name, oleFile('WordDocument', '1Table'), options));
      expect(m.ruleId).toBe('file-legacy-office');
      expect(m.message).toContain('另存为 .docx 后再检查');
    }
  });

  it('a legacy .xls says to save it as .xlsx', async () => {
    const m = only(await lintBytes('统计表.xls', oleFile('Workbook'), { ...options, lang: 'en' }));
    expect(m.ruleId).toBe('file-legacy-office');
    expect(m.message).toContain('save it as .xlsx');
  });

  it('RTF saved as .doc is a legacy format too', async () => {
    expect(only(await lintBytes('年报.doc', Buffer.from('{\\rtf1\\ansi 政府信息公开}'), options)).ruleId).toBe('file-legacy-office');
  });

  it('an HTML page served as .doc or .xls ("导出Word/Excel") is read as the HTML it is', async () => {
    for (const name of ['年报.doc', '统计表.xls']) {
      const result = await lintBytes(name, example('html/2021-broken.html'), options);
      expect(result.format).toBe('2021');
      expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)[0]).toBe('291:78 F21-T3-COL');
    }
  });

  it('a .docx renamed .doc is read as the .docx it is', async () => {
    const result = await lintBytes('年报.doc', example('docx/legacy-broken.docx'), options);
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)[0]).toBe('20:34 L-CH-2');
  });

  it('an empty .docx is file-empty', async () => {
    expect(only(await lintBytes('年报.docx', new Uint8Array(), options)).ruleId).toBe('file-empty');
  });

  it('the CLI prints one clear line for a .doc and exits 1 without a stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-doc-'));
    const file = path.join(dir, '年报.doc');
    writeFileSync(file, oleFile('WordDocument'));
    const r = runCli([file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ 1:1 +error +这是旧版或不支持的文档格式.*另存为 \.docx 后再检查 {2}file-legacy-office\n/);
    expect(r.stderr).toBe('');
  });
});

describe('HTML pages', () => {
  it('a page without any table is no-statistics-table', async () => {
    const html = '<html><head><title>2022年政府信息公开工作年度报告</title></head><body><p>全年新收申请38件。</p></body></html>';
    const result = await lintBytes('report.html', Buffer.from(html), options);
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([['no-statistics-table', 2, 1, 1]]);
    expect(result.messages[0].message).toContain('找到 0 个表格');
  });
});
