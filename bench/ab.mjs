#!/usr/bin/env node
// A/B of two builds of disclosure-lint in one process: which is faster per report, and do they
// say the same. For a change too small for `npm run bench` to show: on a shared 2-vCPU machine
// that run's medians move by a fifth from one run to the next, as the machine's speed does
// within minutes, while two builds timed in alternating rounds of one process see the same
// machine. Not a test: it prints figures.
//
//   node bench/ab.mjs <checkout A> <checkout B> [--kind txt] [--rounds 24] [--every 3] [--same]
//
// Each checkout needs dist/ built (a git worktree of the commit to compare against, with
// node_modules linked from this one: `git worktree add /tmp/ref <commit> && ln -s
// "$PWD/node_modules" /tmp/ref/node_modules && (cd /tmp/ref && npm run build)`). The reports are
// the bench corpus's (`npm run bench` writes it): every `--every`-th file of `--kind` (an odd
// number, so that both formats come: the corpus alternates legacy and 2021 reports), linted by
// lintBytes (no I/O, one thread), one build after the other in each round, the first of them
// taking turns; the first six rounds warm both up and are not counted. Printed: CPU time per
// report, min / lower quartile / median over the rounds, and B's median relative to A's.
// `--same` lints every file of the corpus, examples/ and test/fixtures/ with both, in both
// languages, and counts the results that differ (JSON compared).

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_OUT } from './generate-corpus.mjs';

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string', default: 'txt' },
    rounds: { type: 'string', default: '24' },
    every: { type: 'string', default: '3' },
    same: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 2) {
  console.error('usage: node bench/ab.mjs <checkout A> <checkout B> [--kind txt|md|html] [--rounds 24] [--every 3] [--same]');
  process.exit(2);
}
const WARM_ROUNDS = 6;
const builds = await Promise.all(
  positionals.map(async (dir) => ({
    name: path.basename(path.resolve(dir)),
    lintBytes: (await import(pathToFileURL(path.resolve(dir, 'dist/lint-source.js')).href)).lintBytes,
  })),
);
const options = { lang: 'zh', rules: {} };

const corpus = path.join(DEFAULT_OUT, opt.kind);
const files = readdirSync(corpus)
  .filter((f) => f.endsWith(`.${opt.kind}`))
  .sort()
  .filter((_, i) => i % Number(opt.every) === 0)
  .map((f) => ({ path: path.join(corpus, f), bytes: readFileSync(path.join(corpus, f)) }));
if (files.length === 0) {
  console.error(`ab: no .${opt.kind} reports in ${corpus}: run npm run bench (or node bench/generate-corpus.mjs) first`);
  process.exit(2);
}

const perReport = builds.map(() => []);
const rounds = Number(opt.rounds);
if (!(rounds > WARM_ROUNDS)) {
  console.error(`ab: --rounds must be more than the ${WARM_ROUNDS} warm-up rounds`);
  process.exit(2);
}
for (let round = 0; round < rounds; round++) {
  for (let k = 0; k < builds.length; k++) {
    const b = (k + round) % builds.length;
    const start = process.cpuUsage();
    for (const f of files) await builds[b].lintBytes(f.path, f.bytes, options);
    const used = process.cpuUsage(start);
    if (round >= WARM_ROUNDS) perReport[b].push((used.user + used.system) / files.length);
  }
}
const at = (xs, q) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) * q)];
console.log(`${opt.kind}: ${files.length} reports, ${rounds - WARM_ROUNDS} rounds counted; CPU µs per report (min / q25 / median)`);
for (const [b, build] of builds.entries()) {
  const xs = perReport[b];
  console.log(`  ${String.fromCharCode(65 + b)} ${build.name.padEnd(24)} ${at(xs, 0).toFixed(0).padStart(6)} ${at(xs, 0.25).toFixed(0).padStart(6)} ${at(xs, 0.5).toFixed(0).padStart(6)}`);
}
console.log(`  B / A (medians) = ${(at(perReport[1], 0.5) / at(perReport[0], 0.5)).toFixed(3)}`);

if (opt.same) {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const all = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md|html?|docx|xlsx|csv)$/.test(f)) all.push(p);
    }
  };
  for (const dir of [DEFAULT_OUT, path.join(root, 'examples'), path.join(root, 'test/fixtures')]) walk(dir);
  let differ = 0;
  for (const lang of ['zh', 'en']) {
    for (const file of all) {
      const bytes = readFileSync(file);
      const [a, b] = await Promise.all(builds.map(async (build) => JSON.stringify(await build.lintBytes(file, bytes, { lang, rules: {} }))));
      if (a !== b && ++differ <= 5) console.log(`  differs: ${path.relative(root, file)} (${lang})`);
    }
  }
  console.log(`same: ${all.length} files x 2 languages, ${differ} results differ`);
  if (differ > 0) process.exitCode = 1;
}
