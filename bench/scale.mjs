// The scale part of `npm run bench` (issue 9's targets other than throughput): time of a 50 MB
// report against a 1 MB one, peak memory of 10,000 files against 1,000, and start-up time
// against `node -e 0`; and, for information, a sweep of 10,000 text and HTML files by the
// command line against the read floor of the same files. Each measurement runs the command
// line in a fresh child process, so that its peak RSS is its own; files are made from the
// generated corpus (bench/.corpus/), never committed.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OUT } from './generate-corpus.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHILD = fileURLToPath(new URL('./lint-child.mjs', import.meta.url));
const BIN = path.join(ROOT, 'bin/disclosure-lint.js');
const WORK = path.join(DEFAULT_OUT, 'scale');
const MB = 1024 * 1024;

/** Runs bench/lint-child.mjs (the command line, in a process of its own) on `paths`: { ms, sinceStartMs, rssMb, files, exit }. */
function lintInChild(paths) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', CHILD, ...paths], { encoding: 'utf8', maxBuffer: 64 * MB });
  if (r.status !== 0) throw new Error(`lint child failed: ${r.stderr}`);
  const run = JSON.parse(r.stdout);
  // 1 is errors found (the corpus has planted ones); 2 would mean the run itself failed.
  if (run.exit === 2) throw new Error(`disclosure-lint could not run: ${r.stderr}`);
  return run;
}

/** One corpus report grown to `bytes` with paragraphs of its own prose appended (as a long report would be). */
function grownReport(kind, bytes) {
  const source = readFileSync(path.join(DEFAULT_OUT, kind, `report-0000.${kind}`), 'utf8');
  const prose = source.split('\n').filter((l) => l.length > 60 && !l.includes('|') && !l.startsWith('\t') && !l.startsWith('#'));
  const parts = [source];
  let size = Buffer.byteLength(source);
  for (let i = 0; size < bytes; i++) {
    const paragraph = `\n${prose[i % prose.length]}\n`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return parts.join('');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeCommand(args, reps) {
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Measures and returns printable rows: [what, value, target, met]. */
export function measureScale({ reps = 3 } = {}) {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const rows = [];

  for (const kind of ['txt', 'md']) {
    const sizes = {};
    for (const mb of [1, 50]) {
      const file = path.join(WORK, `big-${mb}mb.${kind}`);
      writeFileSync(file, grownReport(kind, mb * MB));
      const runs = Array.from({ length: mb === 1 ? reps : 1 }, () => lintInChild([file]));
      sizes[mb] = { ms: median(runs.map((r) => r.ms)), rssMb: Math.max(...runs.map((r) => r.rssMb)) };
    }
    const ratio = sizes[50].ms / sizes[1].ms;
    rows.push([`${kind}: 50 MB report / 1 MB report (time)`, `${ratio.toFixed(1)}x (${(sizes[1].ms / 1000).toFixed(2)} s, ${(sizes[50].ms / 1000).toFixed(2)} s; peak RSS ${sizes[1].rssMb} MB, ${sizes[50].rssMb} MB)`, '<= 60x', ratio <= 60]);
  }

  linkedCopies('md', path.join(WORK, 'many'));
  // Both runs on two threads: on a machine of two cores the command line lints 1,000 files on
  // one thread (src/parallel.ts), and a worker's heap would then be counted against the file count.
  const threads = ['--concurrency', '2'];
  const one = lintInChild([...threads, path.join(WORK, 'many', '0')]);
  const ten = lintInChild([...threads, path.join(WORK, 'many')]);
  const memory = ten.rssMb / one.rssMb;
  // "Constant memory": ten times the files within a fifth more memory (run-to-run noise of peak RSS is about 10 %).
  rows.push([`md: peak RSS, ${ten.files} files / ${one.files} files (2 threads)`, `${memory.toFixed(2)}x (${one.rssMb} MB, ${ten.rssMb} MB; ${(ten.ms / 1000).toFixed(1)} s for ${ten.files})`, '<= 1.2x', memory <= 1.2]);

  const version = timeCommand([BIN, '--version'], 10);
  const bare = timeCommand(['-e', '0'], 10);
  rows.push(['start-up: --version / node -e 0', `${(version / bare).toFixed(2)}x (${version.toFixed(0)} ms, ${bare.toFixed(0)} ms)`, '<= 2x', version / bare <= 2]);
  rmSync(WORK, { recursive: true, force: true });
  return rows;
}

/**
 * Ten directories of links to the corpus files of a kind under `root` (each link is linted as a
 * file: 10,000 files of a 1,000-file corpus); returns the paths of the links.
 */
function linkedCopies(kind, root) {
  const corpus = path.join(DEFAULT_OUT, kind);
  const names = readdirSync(corpus).filter((f) => f.endsWith(`.${kind}`));
  const links = [];
  for (let d = 0; d < 10; d++) {
    const dir = path.join(root, String(d));
    mkdirSync(dir, { recursive: true });
    for (const f of names) {
      symlinkSync(path.join(corpus, f), path.join(dir, f));
      links.push(path.join(dir, f));
    }
  }
  return links;
}

/**
 * For information, beside the throughput targets (which time rounds of 1,000 files through the
 * API): what an auditor sweeping a province gets, the command line run once over 10,000 text or
 * HTML files (from the start of its process to the end of the run: start-up, worker threads and
 * V8's compiling included), against the read floor of the same files (readFileSync, utf8: one
 * untimed round, then the median of `reps`). Returns printable lines.
 */
export function measureSweep({ reps = 3 } = {}) {
  rmSync(WORK, { recursive: true, force: true });
  const lines = [];
  for (const kind of ['txt', 'html']) {
    const links = linkedCopies(kind, path.join(WORK, kind));
    const floor = [];
    for (let i = 0; i <= reps; i++) {
      const t = performance.now();
      for (const f of links) readFileSync(f, 'utf8');
      if (i > 0) floor.push(performance.now() - t);
    }
    const run = lintInChild([path.join(WORK, kind)]);
    const read = median(floor);
    lines.push(`${kind}: the command line over ${run.files} files in one process: ${(run.sinceStartMs / 1000).toFixed(1)} s, `
      + `read floor ${(read / 1000).toFixed(2)} s: 1/${(run.sinceStartMs / read).toFixed(1)} of the floor`);
  }
  rmSync(WORK, { recursive: true, force: true });
  return lines;
}
