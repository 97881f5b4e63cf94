#!/usr/bin/env node
/**
 * Generates the adversarial corpus the robustness tests lint (test/robustness/): inputs that
 * must each get one clear diagnostic (or a clean recognition), no stack trace, in bounded time
 * and memory. Large files are made here, never committed: the folder is gitignored.
 *
 *   node scripts/build-adversarial.mjs [dir]     (default: test/.adversarial)
 *
 * Prints the manifest: each case, its paths and what the tool must say about it. Deterministic:
 * the same bytes every run, so a run that differs is the tool's doing.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate, zipSync } from 'fflate';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MB = 1024 * 1024;

const clean2021 = () => readFileSync(path.join(ROOT, 'examples/2021/clean.txt'), 'utf8');

/** A line of `bytes` UTF-8 bytes made of report-like pieces: Chinese, digits, pipes, runs of spaces, TABs, brackets. */
function longLine(bytes) {
  const unit = '政府信息公开 1 | 23  4\t（其中：5件）、';
  const n = Math.ceil(bytes / Buffer.byteLength(unit));
  return unit.repeat(n);
}

/** A .docx whose document entry inflates to `size` bytes of spaces: a zip bomb of ~250 KB. */
function zipBomb(size) {
  const parts = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const types = new ZipDeflate('[Content_Types].xml', { level: 9 });
  zip.add(types);
  types.push(new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), true);
  const doc = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(doc);
  const chunk = new Uint8Array(MB).fill(0x20);
  for (let done = 0; done < size; done += MB) doc.push(chunk, done + MB >= size);
  zip.end();
  return Buffer.concat(parts);
}

/** Bytes of the clean report with invalid UTF-8 in it: a stray continuation byte, a truncated sequence, a CESU-8 lone surrogate. */
function invalidUtf8() {
  const text = Buffer.from(clean2021(), 'utf8');
  const bad = [Buffer.from([0x80]), Buffer.from([0xe6, 0x94]), Buffer.from([0xed, 0xa0, 0x80])];
  const cut = [200, 2000, 5000];
  return Buffer.concat([text.subarray(0, cut[0]), bad[0], text.subarray(cut[0], cut[1]), bad[1], text.subarray(cut[1], cut[2]), bad[2], text.subarray(cut[2])]);
}

/** The clean report as UTF-16LE with a BOM, lone surrogates in its prose. */
function loneSurrogates() {
  const lines = clean2021().split('\n');
  lines[2] = `\ud800${lines[2]}\udc00`;
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\n'), 'utf16le')]);
}

/** One case: the paths to lint, the results expected (one per file, its rule ids; [] is clean) and the exit code. */
const cases = [];
const add = (name, args, expect) => cases.push({ name, args, ...expect });

export function buildAdversarial(dir = path.join(ROOT, 'test/.adversarial')) {
  cases.length = 0;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = (rel, content) => {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  };

  // Files, linted in one run: one result each.
  const files = {
    'long-line.txt': [file('files/long-line.txt', `${clean2021()}\n${longLine(50 * MB)}\n`), ['prose-not-checked']],
    'long-line.md': [file('files/long-line.md', `# 报告\n\n${longLine(50 * MB)}\n`), ['no-statistics-table']],
    'rows-200k.txt': [file('files/rows-200k.txt', `${clean2021()}\n\n附表 行政许可明细\n\n${Array.from({ length: 200_000 }, (_, i) => `许可事项${i} | ${i % 7} | ${i % 13} |`).join('\n')}\n`), []],
    'rows-200k.csv': [file('files/rows-200k.csv', Array.from({ length: 200_000 }, (_, i) => `事项${i},${i % 7},${i % 13}`).join('\n')), ['no-statistics-table']],
    'rows-200k.html': [file('files/rows-200k.html', `<table>${Array.from({ length: 200_000 }, (_, i) => `<tr><td>事项${i}</td><td>${i % 7}</td></tr>`).join('\n')}</table>`), ['file-too-complex']],
    'nested.html': [file('files/nested.html', `<p>2022年政府信息公开工作年度报告</p>${'<div>'.repeat(100_000)}文字${'</div>'.repeat(100_000)}`), ['file-too-complex']],
    'bomb.docx': [file('files/bomb.docx', zipBomb(256 * MB)), ['file-archive-too-large']],
    'invalid-utf8.txt': [file('files/invalid-utf8.txt', invalidUtf8()), ['file-undecodable']],
    'lone-surrogates.txt': [file('files/lone-surrogates.txt', loneSurrogates()), []],
    'nul.txt': [file('files/nul.txt', Buffer.concat([Buffer.from('2022年报告\u0000\u0000'), Buffer.from(clean2021())])), ['file-binary']],
    'nul-late.txt': [file('files/nul-late.txt', `${clean2021()}\n${'说明文字。'.repeat(1000)}\u0000\n`), []],
  };
  add('files', Object.values(files).map(([p]) => p), { results: Object.fromEntries(Object.values(files).map(([p, rules]) => [p, rules])), code: 1 });

  // A directory with a symbolic link to itself and one to its parent: walked once, not for ever.
  const loop = path.join(dir, 'loop');
  file('loop/a.txt', clean2021());
  symlinkSync('.', path.join(loop, 'self'));
  symlinkSync('..', path.join(loop, 'up'));
  file('loop/sub/b.md', '# 没有统计表的文件\n');
  add('symlink loop', [loop], { results: { [path.join(loop, 'a.txt')]: [], [path.join(loop, 'sub/b.md')]: ['no-statistics-table'] }, code: 1 });

  // Files that cannot be read: one deleted after the directory was listed (the config, loaded
  // before any file is read, deletes it), a FIFO named like a report, a directory named like one.
  const vanish = path.join(dir, 'vanish');
  file('vanish/a.txt', clean2021());
  file('vanish/b.txt', clean2021());
  file('vanish/c.txt', clean2021());
  file('vanish/dir.txt/d.txt', clean2021());
  file('vanish/disclosure-lint.config.mjs', `import { rmSync } from 'node:fs';\nrmSync(new URL('./b.txt', import.meta.url));\nexport default {};\n`);
  execFileSync('mkfifo', [path.join(vanish, 'fifo.txt')]);
  add('vanishing and unreadable files', [vanish], {
    results: {
      [path.join(vanish, 'a.txt')]: [],
      [path.join(vanish, 'b.txt')]: ['file-unreadable'],
      [path.join(vanish, 'c.txt')]: [],
      [path.join(vanish, 'dir.txt/d.txt')]: [],
      [path.join(vanish, 'fifo.txt')]: ['file-unreadable'],
    },
    code: 1,
  });

  // Hostile configuration files: the run stops with one line and exit code 2.
  const config = (name, rel, content) => {
    const p = file(`config-${name}/${rel}`, content);
    file(`config-${name}/r.txt`, clean2021());
    add(`config: ${name}`, [path.dirname(p)], { code: 2, stderr: /^disclosure-lint: .*(configuration|cannot read)/ });
    return p;
  };
  config('throws', 'disclosure-lint.config.mjs', "throw new Error('boom');\n");
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  'bcdefghi'.split('').forEach((n, i) => laughs.push(`${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`));
  config('billion-laughs', 'disclosure-lint.config.yaml', `${laughs.join('\n')}\nrules: *i\n`);
  config('deep', 'disclosure-lint.config.yaml', `rules: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
  config('wrong-types', 'disclosure-lint.config.json', '{"rules": 5, "lang": ["zh"], "maxFileSize": "big", "ignores": {"a": 1}, "extends": 7}');
  config('extends-device', 'disclosure-lint.config.yaml', 'extends: /dev/zero\n');
  const fifoDir = path.join(dir, 'config-fifo');
  file('config-fifo/r.txt', clean2021());
  execFileSync('mkfifo', [path.join(fifoDir, 'disclosure-lint.config.json')]);
  add('config: fifo', [fifoDir], { code: 2, stderr: /^disclosure-lint: .*not a regular file/ });

  // Thousands of files named on the command line (3,000 paths of ~60 bytes: far below ARG_MAX).
  const many = Array.from({ length: 3000 }, (_, i) => file(`many/f${String(i).padStart(4, '0')}.txt`, `第${i}号文件\n`));
  add('3000 files on the command line', many, { results: Object.fromEntries(many.map((p) => [p, ['no-statistics-table']])), code: 1 });
  return cases;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = path.resolve(process.argv[2] ?? path.join(ROOT, 'test/.adversarial'));
  const t0 = Date.now();
  const built = buildAdversarial(dir);
  for (const c of built) console.log(`${c.name}: ${c.args.length} path(s), exit ${c.code}`);
  console.log(`built in ${dir} in ${Date.now() - t0} ms${existsSync(dir) ? '' : ' (missing?)'}`);
}
