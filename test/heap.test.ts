import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

/**
 * The largest young generation a process reaches while keeping ever more objects alive, in MB:
 * with the command line's heap settings or V8's defaults. In a process of its own, as the
 * settings are process-wide.
 */
function largestYoungGeneration(withSettings: boolean): number {
  const script = `
    import v8 from 'node:v8';
    ${withSettings ? `(await import(${JSON.stringify(path.join(ROOT, 'dist/heap.js'))})).keepHeapNearLiveSize();` : ''}
    const keep = [];
    let max = 0;
    for (let round = 0; round < 300; round++) {
      for (let i = 0; i < 20000; i++) { const o = { a: i, b: [i, i + 1], c: 'x' + i }; if (i % 4 === 0) keep.push(o); }
      if (keep.length > 400000) keep.length = 0;
      await new Promise((r) => setImmediate(r));
      max = Math.max(max, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
    }
    console.log(max / 1048576);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30000 });
  expect(run.stderr).toBe('');
  return Number(run.stdout);
}

describe('the command line\'s heap settings', () => {
  it('stop this thread\'s young generation at 2 x 8 MB, where V8 alone takes it to 2 x 16 MB', () => {
    // V8 on a 64-bit machine of some memory grows it to 2 x 16 MB: the premise of the test.
    expect(largestYoungGeneration(false)).toBeGreaterThan(16);
    expect(largestYoungGeneration(true)).toBeLessThanOrEqual(16);
  });
});
