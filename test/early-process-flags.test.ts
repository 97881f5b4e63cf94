import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

/**
 * Whether a function that uses a Map, optimised by V8, is still optimised once `node:process`
 * has been imported as an ES module (as vfile does, mid-run, with the first HTML report). In a
 * process of its own: what is under test happens once per process.
 */
function optimisedAfterImport(loadLinterFirst: boolean): { before: boolean; after: boolean } {
  const script = `
    ${loadLinterFirst ? `await import(${JSON.stringify(path.join(ROOT, 'dist/lint-source.js'))});` : ''}
    const table = new Map();
    function shared(s) { const known = table.get(s); if (known !== undefined) return known; table.set(s, s); return s; }
    %PrepareFunctionForOptimization(shared);
    shared('a'); shared('b'); shared('a');
    %OptimizeFunctionOnNextCall(shared);
    shared('c');
    // V8's optimisation status: bit 4 is "optimised".
    const optimised = () => (%GetOptimizationStatus(shared) & 16) !== 0;
    const before = optimised();
    await import('node:process');
    shared('d');
    console.log(JSON.stringify({ before, after: optimised() }));`;
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30000 });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { before: boolean; after: boolean };
}

describe('process.allowedNodeEnvironmentFlags is built when the linter loads', () => {
  it('so that importing node:process later throws no optimised code away', () => {
    // The premise: on its own, that import deoptimises code that uses a Map.
    expect(optimisedAfterImport(false)).toEqual({ before: true, after: false });
    expect(optimisedAfterImport(true)).toEqual({ before: true, after: true });
  });
});
