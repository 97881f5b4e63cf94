import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/api.js';
import { REPORT_EXTENSIONS } from '../../src/extract/input-kinds.js';
import { ROOT, runCapped } from './run-cli.js';

/**
 * Every file matched is reported, exactly once; a file that cannot be read is an error for that
 * file (exit 1), never a silent drop nor a failed run (exit 2); and the output is the same
 * whatever the order of the arguments, the order the files were made in, or the thread count.
 */
let dir: string;
const examples = ['legacy/broken.txt', 'legacy/clean.md', '2021/broken.md', '2021/clean-pdf.txt', '2019/broken.md', 'html/2021-broken.html', 'docx/legacy-broken.docx', 'xlsx/2021-clean.xlsx'];
// Names in no particular order: CJK, digits that sort differently as numbers, upper and lower case.
const names = ['z', '中文', 'A', 'a', '10', '9', '年报 (1)', 'Ω', '_x'];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-accounting-'));
  let n = 0;
  // Made in a scrambled order, across nested directories.
  for (const name of [...names].reverse()) {
    for (const rel of examples) {
      const sub = path.join(dir, String(n % 3), name);
      mkdirSync(sub, { recursive: true });
      copyFileSync(path.join(ROOT, 'examples', rel), path.join(sub, `${n++}-${path.basename(rel)}`));
    }
  }
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'notes.unknown'), 'not a report extension: not matched');
  mkdirSync(path.join(dir, 'looks-like.md'));
});

/** Files under a directory that a directory lint must report. */
function reportFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('accounting', () => {
  it('reports every matched file exactly once, a path named twice once', async () => {
    const results = await lint([dir, dir, path.join(dir, 'empty.txt'), 'no-such-file.txt', 'no-such-file.txt'], { cwd: dir, useConfigFiles: false, concurrency: 'off' });
    const files = reportFiles(dir);
    expect(files.length).toBe(names.length * examples.length + 1);
    expect(results.map((r) => r.filePath).sort()).toEqual([...files, path.join(dir, 'no-such-file.txt')].sort());
    expect(results.find((r) => r.filePath.endsWith('empty.txt'))!.messages.map((m) => m.ruleId)).toEqual(['file-empty']);
    expect(results.find((r) => r.filePath.endsWith('no-such-file.txt'))!.messages.map((m) => m.ruleId)).toEqual(['file-unreadable']);
  });

  it('a file that cannot be read is an error of that file: exit 1, the others still linted', () => {
    const r = runCapped(['-f', 'json', path.join(ROOT, 'examples/legacy/clean.txt'), path.join(dir, 'missing.txt'), path.join(dir, 'looks-like.md', 'nothing.md')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results.map((x) => [path.basename(x.filePath), x.messages.map((m) => m.ruleId)])).toEqual([
      ['clean.txt', []],
      // Paths that gave no file come after the files, sorted by path: …/looks-like.md/nothing.md first.
      ['nothing.md', ['file-unreadable']],
      ['missing.txt', ['file-unreadable']],
    ]);
  });
});

describe('determinism', () => {
  const strip = (results: unknown) => JSON.stringify(results);

  it('the same output whatever the argument order and the thread count', async () => {
    const files = reportFiles(dir);
    const base = strip(await lint(files, { cwd: dir, useConfigFiles: false, concurrency: 'off' }));
    expect(strip(await lint([...files].reverse(), { cwd: dir, useConfigFiles: false, concurrency: 'off' }))).toBe(base);
    expect(strip(await lint([dir], { cwd: dir, useConfigFiles: false, concurrency: 'off' }))).toBe(base);
    expect(strip(await lint([...files].reverse(), { cwd: dir, useConfigFiles: false, concurrency: 2 }))).toBe(base);
  });

  it('the CLI prints the same bytes twice, and for the reversed list', () => {
    const files = reportFiles(dir).slice(0, 8);
    const a = runCapped(['-f', 'json', ...files]);
    const b = runCapped(['-f', 'json', ...files]);
    const c = runCapped(['-f', 'json', ...[...files].reverse()]);
    expect(a.code).toBe(1);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
  });
});
