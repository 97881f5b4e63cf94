import { beforeAll, describe, expect, it } from 'vitest';
import { buildAdversarial, type AdversarialCase } from '../../scripts/build-adversarial.mjs';
import type { FileResult } from '../../src/result.js';
import { figure } from '../property/budget.js';
import { runCapped, STACK_FRAME } from './run-cli.js';

/**
 * The adversarial corpus of scripts/build-adversarial.mjs, linted by the CLI as a user would run
 * it, with the heap capped at 1 GB: each input gets exactly one result with the expected
 * diagnostic (or none, when the report in it is clean), nothing prints a stack trace, and every
 * run finishes well within the bound (times are printed; the bound is generous on purpose).
 */
let cases: AdversarialCase[] = [];
beforeAll(() => {
  cases = buildAdversarial();
}, 120_000);

const BOUND_MS = 120_000;

describe('adversarial corpus', () => {
  it.each([
    'files',
    'symlink loop',
    'vanishing and unreadable files',
    'config: throws',
    'config: billion-laughs',
    'config: deep',
    'config: wrong-types',
    'config: extends-device',
    'config: fifo',
    '3000 files on the command line',
  ])('%s', (name) => {
    const c = cases.find((x) => x.name === name)!;
    const r = runCapped(c.results ? ['-f', 'json', ...c.args] : c.args);
    figure(`adversarial ${name}`, { ms: Math.round(r.ms) });
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.code).toBe(c.code);
    expect(r.ms).toBeLessThan(BOUND_MS);
    if (c.stderr) {
      expect(r.stderr).toMatch(c.stderr);
      expect(r.stdout).toBe('');
      return;
    }
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as FileResult[];
    // One result per input file, each with exactly the expected diagnostics.
    expect(results.map((x) => x.filePath).sort()).toEqual(Object.keys(c.results!).sort());
    for (const result of results) expect([result.filePath, result.messages.map((m) => m.ruleId)]).toEqual([result.filePath, c.results![result.filePath]]);
  }, BOUND_MS + 30_000);
});
