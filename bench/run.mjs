#!/usr/bin/env node
// `npm run bench`: throughput of disclosure-lint on a generated corpus, next to the floors that
// bound it (reading the files; parsing them with remark alone) and to markdownlint-cli2.
// Not a timed test: it prints figures, and fails only when the lint results are not sane
// (a linter that recognises nothing is fast and meaningless).
//
//   node bench/run.mjs [--files 1000] [--reps 3] [--warmup 1] [--settle 6] [--kinds md,txt,html] [--no-scale]
//
// Expects dist/ to be built (the npm script runs `npm run build` first).

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { main as markdownlintCli2 } from 'markdownlint-cli2';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { lint } from '../dist/api.js';
import { cpuSpeeds, describeCpuSpeeds } from './cpu-speed.mjs';
import { DEFAULT_OUT, corpusStamp, generateCorpus, readManifest } from './generate-corpus.mjs';
import { measureScale, measureSweep } from './scale.mjs';

const BIN = fileURLToPath(new URL('../bin/disclosure-lint.js', import.meta.url));

const { values: opt } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    reps: { type: 'string', default: '3' },
    // Untimed rounds first, as hyperfine's --warmup: a sweep's throughput is that of threads and
    // compiled code that are warm, which the first 1,000 files of a process are not (see README).
    warmup: { type: 'string', default: '1' },
    // API rounds after all the timed ones, each beside a read-floor round, to show where the API's
    // threads settle once V8 has compiled their code (for information: the targets use the medians).
    settle: { type: 'string', default: '6' },
    kinds: { type: 'string', default: 'md,txt,html' },
    'no-scale': { type: 'boolean', default: false },
  },
});
const N = Number(opt.files);
const REPS = Number(opt.reps);
const WARMUP = Number(opt.warmup);
const KINDS = opt.kinds.split(',');
const SETTLE = Number(opt.settle);

// ---------------------------------------------------------------- stages
// One entry per measured thing. Each run() does the whole job for one kind and returns what the
// sanity check needs; adding a tool (or a kind) is one more entry here.
//
// The read floor and the API run in interleaved rounds (their ratio is a target, and the
// machine's speed drifts). Stages marked `apart` run after every kind's API rounds, each in a
// block of its own rounds: they disturb whatever runs next. Measured (txt, medians of API rounds
// 2-4 after four Markdown rounds): alone 268-299 ms; after remark-parse and markdownlint-cli2
// rounds in this process (their garbage in the same heap) 351 ms, and Markdown API rounds two to
// three times slower; with a command-line child after each round 335-349 ms (the read floor
// beside them +12 %), after a single-threaded child 409 ms, while an idle second or a busy loop in
// this process changed nothing.

const remark = unified().use(remarkParse).use(remarkGfm).freeze();

const STAGES = [
  {
    id: 'read', name: 'read floor (readFileSync utf8)', kinds: ['md', 'txt', 'html'],
    // Decoding to a string is included: every tool below needs one.
    run: ({ files }) => files.reduce((n, f) => n + readFileSync(f, 'utf8').length, 0),
  },
  {
    id: 'remark', name: 'read + remark-parse + remark-gfm', kinds: ['md'], apart: true,
    run: ({ files }) => files.reduce((n, f) => n + remark.parse(readFileSync(f, 'utf8')).children.length, 0),
  },
  {
    id: 'lint', name: 'disclosure-lint (API lint([dir]))', kinds: ['md', 'txt', 'html'],
    run: ({ dir }) => lint([dir], { lang: 'zh' }),
    check: checkLint,
  },
  {
    // What one `npx disclosure-lint` costs: a new process, so its start-up, a new worker and V8
    // compiling the hot code are all in it (the API stage above keeps its threads warm between
    // repetitions, as a long-lived host does). Shown for the record; the targets use the API.
    id: 'cli', name: 'disclosure-lint CLI (a new process)', kinds: ['md', 'txt', 'html'], apart: true,
    run: ({ dir }) => {
      const out = path.join(os.tmpdir(), `disclosure-lint-bench-${process.pid}.json`);
      const r = spawnSync(process.execPath, [BIN, '-f', `json:${out}`, dir], { encoding: 'utf8' });
      if (r.status !== 0 && r.status !== 1) throw new Error(`bench: the CLI exited ${r.status}: ${r.stderr}`);
      const results = JSON.parse(readFileSync(out, 'utf8'));
      rmSync(out, { force: true });
      return results;
    },
    check: checkLint,
  },
  {
    // The library entry of markdownlint-cli2, default rules (no config file in the corpus dir);
    // a formatter function captures the results instead of printing them, and the progress line
    // "Linting: N file(s)" proves it saw the whole corpus (clean files report no issues at all).
    id: 'mdl', name: 'markdownlint-cli2 (main(), defaults)', kinds: ['md'], apart: true,
    run: async ({ dir }) => {
      const out = { results: [], linted: 0 };
      await markdownlintCli2({
        directory: dir, argv: ['*.md'], noImport: true, logError: () => {},
        logMessage: (m) => void (out.linted = Number(/^Linting: (\d+) file/.exec(m)?.[1] ?? out.linted)),
        optionsOverride: { outputFormatters: [[(o) => void (out.results = o.results)]] },
      });
      return out;
    },
    check: ({ results, linted }, { files }) => ({
      ok: linted === files.length,
      text: `markdownlint-cli2 linted ${linted}/${files.length} files, `
        + `${results.length} issues in ${new Set(results.map((r) => r.fileName)).size} files`,
    }),
  },
];

/**
 * Every file recognised in its format with all its tables and values; errors exactly in the
 * planted files, each with its planted rule among them; no warnings.
 */
function checkLint(results, { files, manifest }) {
  const base = (p) => path.basename(p).replace(/\.\w+$/, '');
  const recognised = results.filter((r) => {
    const format = manifest.formats[base(r.filePath)];
    const want = manifest.expected[format];
    return r.format === format && r.recognised.tables === want.tables && r.recognised.items === want.items;
  });
  const withErrors = new Set(results.filter((r) => r.errorCount > 0).map((r) => base(r.filePath)));
  const planted = Object.keys(manifest.injected);
  const missed = planted.filter((b) => !withErrors.has(b));
  const unexpected = [...withErrors].filter((b) => !(b in manifest.injected));
  const wrongRule = results.filter((r) => manifest.injected[base(r.filePath)]
    && !r.messages.some((m) => m.severity === 2 && m.ruleId === manifest.injected[base(r.filePath)]));
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const ok = results.length === files.length && recognised.length === files.length
    && missed.length + unexpected.length + wrongRule.length + warnings === 0;
  const perFormat = Object.entries(manifest.expected).map(([f, e]) => `${f}: ${e.tables} tables, ${e.items} values`).join('; ');
  return {
    ok,
    text: `${recognised.length}/${files.length} recognised in their format (${perFormat}); `
      + `errors in ${withErrors.size} files vs ${planted.length} planted (missed ${missed.length}, `
      + `unexpected ${unexpected.length}, wrong rule ${wrongRule.length}); warnings ${warnings}`
      + (ok ? '' : `  e.g. ${[...missed, ...unexpected].slice(0, 5).join(', ')}`),
  };
}

/**
 * SETTLE more API rounds of a kind once every kind's timed rounds are done, each followed by a
 * read-floor round (the machine's speed drifts, so each ratio is taken beside its own floor); the
 * medians of the last three.
 */
async function settle(ctx, stages) {
  const lint = stages.find((s) => s.id === 'lint');
  const read = stages.find((s) => s.id === 'read');
  if (!lint || !read) return undefined;
  const lintTimes = [];
  const readTimes = [];
  for (let k = 0; k < SETTLE; k++) {
    let t = performance.now();
    await lint.run(ctx);
    lintTimes.push(performance.now() - t);
    t = performance.now();
    await read.run(ctx);
    readTimes.push(performance.now() - t);
  }
  const from = WARMUP + REPS + SETTLE - 2;
  return { from, to: from + 2, lint: median(lintTimes.slice(-3)), read: median(readTimes.slice(-3)) };
}

// ---------------------------------------------------------------- corpus

function ensureCorpus() {
  const have = readManifest();
  if (have?.stamp === corpusStamp(N)) return { manifest: have, note: 'corpus reused' };
  const t = performance.now();
  const manifest = generateCorpus({ files: N });
  return { manifest, note: `corpus generated in ${((performance.now() - t) / 1000).toFixed(1)} s` };
}

function corpusFiles(kind) {
  const dir = path.join(DEFAULT_OUT, kind);
  const files = readdirSync(dir).filter((f) => f.endsWith(`.${kind}`)).sort().map((f) => path.join(dir, f));
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  return { dir, files, bytes };
}

// ---------------------------------------------------------------- measure & print

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (s, n, right = false) => (right ? String(s).padEnd(n) : String(s).padStart(n));

async function main() {
  const { manifest, note } = ensureCorpus();
  // Before and after the rounds: the speed of a CPU changes within minutes on a shared machine.
  const speedsBefore = cpuSpeeds();
  const rows = [];
  const sanity = [];
  const settled = new Map();
  const contexts = [];
  // Rounds of a group of stages interleaved, so that slow drift (thermal, page cache) hits them alike.
  const measure = async (kind, ctx, group) => {
    const times = Object.fromEntries(group.map((s) => [s.id, []]));
    const first = {};
    const last = {};
    for (let rep = 0; rep < WARMUP + REPS; rep++) {
      for (const s of group) {
        const t = performance.now();
        last[s.id] = await s.run(ctx);
        const ms = performance.now() - t;
        if (rep === 0) first[s.id] = ms;
        if (rep >= WARMUP) times[s.id].push(ms);
      }
    }
    for (const s of group) {
      rows.push({ kind, ctx, id: s.id, name: s.name, first: first[s.id], rounds: times[s.id], min: Math.min(...times[s.id]), med: median(times[s.id]) });
      if (s.check) sanity.push({ kind, id: s.id, ...s.check(last[s.id], ctx) });
    }
  };
  for (const kind of KINDS) {
    const ctx = { kind, manifest, ...corpusFiles(kind) };
    const stages = STAGES.filter((s) => s.kinds.includes(kind));
    await measure(kind, ctx, stages.filter((s) => !s.apart));
    contexts.push({ kind, ctx, stages });
  }
  // After every kind's timed rounds, so that these extra rounds warm nothing the targets measure.
  if (SETTLE >= 3) {
    for (const { kind, ctx, stages } of contexts) {
      const s = await settle(ctx, stages);
      if (s) settled.set(kind, s);
    }
  }
  // Then the stages that disturb what follows them, one block each (see STAGES).
  for (const { kind, ctx, stages } of contexts) for (const s of stages.filter((x) => x.apart)) await measure(kind, ctx, [s]);
  // In the order of kinds and stages, whatever order they ran in.
  const byKindAndStage = (a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || STAGES.findIndex((s) => s.id === a.id) - STAGES.findIndex((s) => s.id === b.id);
  rows.sort(byKindAndStage);
  sanity.sort(byKindAndStage);

  const speedsAfter = cpuSpeeds();
  const cpu = os.cpus()[0]?.model ?? '?';
  console.log(`disclosure-lint bench: ${N} files per kind, ${REPS} timed reps after ${WARMUP} warm-up; node ${process.version}, `
    + `${os.availableParallelism()} CPUs (${cpu}), ${os.platform()} ${os.arch()}; ${note}`);
  for (const kind of KINDS) {
    const { files, bytes } = rows.find((r) => r.kind === kind).ctx;
    console.log(`corpus ${kind}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (${(bytes / files.length / 1e3).toFixed(1)} kB/file), ${Object.keys(manifest.injected).length} with a planted error`);
  }
  console.log(`before the rounds: ${describeCpuSpeeds(speedsBefore)}`);
  console.log(`after the rounds:  ${describeCpuSpeeds(speedsAfter)}`);
  console.log('');
  console.log(`${pad('kind', 5, true)}${pad('stage', 40, true)}${pad('1st ms', 8)}${pad('min ms', 10)}${pad('median ms', 11)}${pad('files/s', 10)}${pad('MB/s', 9)}${pad('× read', 9)}  timed rounds ms`);
  const at = (kind, id) => rows.find((r) => r.kind === kind && r.id === id);
  for (const r of rows) {
    const s = r.med / 1000;
    console.log(`${pad(r.kind, 5, true)}${pad(r.name, 40, true)}${pad(r.first.toFixed(0), 8)}${pad(r.min.toFixed(0), 10)}${pad(r.med.toFixed(0), 11)}`
      + `${pad((r.ctx.files.length / s).toFixed(0), 10)}${pad((r.ctx.bytes / 1e6 / s).toFixed(1), 9)}`
      + `${pad((r.med / at(r.kind, 'read').med).toFixed(1), 9)}  ${r.rounds.map((ms) => ms.toFixed(0)).join(' ')}`);
  }
  console.log(`1st = the kind's first round (the coldest${WARMUP > 0 ? `; with --warmup ${WARMUP}, in neither min nor median` : ''}); `
    + 'files/s and MB/s (10^6 bytes) use the median; × read = median time ÷ read-floor median time; timed rounds in the order run '
    + '(the API\'s fall as a new worker warms: see README, Performance); read floor and API interleaved, the other stages '
    + 'after all of them, each in a block of its own (they slow whatever runs next: see bench/run.mjs).');

  console.log('\nratios (median time; > 1 means disclosure-lint takes longer):');
  const ratio = (kind, a, b) => {
    const x = at(kind, a);
    const y = at(kind, b);
    if (x && y) console.log(`  ${kind}: ${x.name.split(' (')[0]} / ${y.name.split(' (')[0]} = ${(x.med / y.med).toFixed(2)}`);
  };
  for (const kind of KINDS) for (const other of ['mdl', 'remark', 'read']) ratio(kind, 'lint', other);
  for (const kind of KINDS) for (const other of ['mdl', 'read']) ratio(kind, 'cli', other);

  console.log('\ntargets (issue 9):');
  const target = (what, value, goal, met) => console.log(`  ${met ? 'met    ' : 'NOT MET'} ${what}: ${value} (target ${goal})`);
  const mdl = at('md', 'lint') && at('md', 'mdl');
  if (mdl) {
    const x = at('md', 'mdl').med / at('md', 'lint').med;
    target('md: files/s vs markdownlint-cli2', `${x.toFixed(1)}x (min-based ${(at('md', 'mdl').min / at('md', 'lint').min).toFixed(1)}x)`, '>= 10x', x >= 10);
  }
  for (const kind of ['txt', 'html']) {
    if (!at(kind, 'lint')) continue;
    const x = at(kind, 'lint').med / at(kind, 'read').med;
    target(`${kind}: files/s vs the read floor`, `1/${x.toFixed(1)}`, '>= 1/3', x <= 3);
  }
  for (const [kind, s] of settled) {
    console.log(`  (for information) ${kind}: API rounds ${s.from}-${s.to}, once V8 has compiled the threads' code: median ${s.lint.toFixed(0)} ms, `
      + `read floor beside them ${s.read.toFixed(0)} ms: 1/${(s.lint / s.read).toFixed(1)} of the floor`);
  }
  if (!opt['no-scale']) {
    for (const row of measureScale({ reps: REPS })) target(...row);
    for (const line of measureSweep({ reps: REPS })) console.log(`  (for information) ${line}`);
  }

  console.log('\nsanity:');
  for (const s of sanity) console.log(`  ${s.kind}: ${s.ok ? 'ok ' : 'FAIL'} ${s.text}`);
  if (sanity.some((s) => !s.ok)) {
    console.error('\nbench: lint results are not sane; the figures above do not measure a working linter.');
    process.exitCode = 1;
  }
}

await main();
