#!/usr/bin/env node
/**
 * The long run of the property tests (test/property/): the same properties `npm test` runs with
 * seed 42 and small counts, with many more cases and any seed.
 *
 *   npm run fuzz                       # 5,000 cases per property, seed 42
 *   npm run fuzz -- --runs 20000 --seed 7
 *
 * Prints, per property, the cases tried and the figures the tests record (recall of single-value
 * edits, slowest case), and the failures with the seed and path fast-check needs to replay them.
 * Exit code 1 when a property failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5000' }, seed: { type: 'string', default: '42' } } });
const work = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-fuzz-'));
const report = path.join(work, 'figures.jsonl');
const results = path.join(work, 'vitest.json');

const t0 = Date.now();
const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'test/property', '--reporter=json', `--outputFile=${results}`, '--testTimeout=0'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, FUZZ_RUNS: values.runs, FUZZ_SEED: values.seed, FUZZ_REPORT: report },
});
const seconds = ((Date.now() - t0) / 1000).toFixed(0);

console.log(`fuzz: seed ${values.seed}, at least ${values.runs} cases per property, ${seconds} s`);
if (existsSync(report)) {
  for (const line of readFileSync(report, 'utf8').trim().split('\n')) {
    const { name, ...figures } = JSON.parse(line);
    console.log(`  ${name}: ${Object.entries(figures).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}
let failed = 0;
if (existsSync(results)) {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`tests: ${json.numPassedTests} passed, ${json.numFailedTests} failed`);
  failed = json.numFailedTests;
  for (const file of json.testResults) {
    for (const t of file.assertionResults.filter((a) => a.status === 'failed')) {
      console.log(`\nFAILED ${t.fullName}\n${(t.failureMessages ?? []).join('\n').split('\n').slice(0, 12).join('\n')}`);
    }
  }
} else {
  console.log('vitest wrote no results');
  failed = 1;
}
process.exitCode = failed > 0 || run.status !== 0 ? 1 : 0;
