import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, shardOf } from '../src/api.js';
import { workerCount } from '../src/parallel.js';
import { ROOT } from './helpers/cli.js';

const EXAMPLES = path.join(ROOT, 'examples');

describe('worker threads and shards', () => {
  it('gives the same results in the same order with one thread or several', async () => {
    const one = await lint([EXAMPLES], { concurrency: 'off' });
    const two = await lint([EXAMPLES], { concurrency: 2 });
    expect(one.length).toBeGreaterThan(20);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it('splits the files into disjoint shards that together cover them all', async () => {
    const all = (await lint([EXAMPLES], { concurrency: 'off' })).map((r) => r.filePath);
    const parts = [];
    for (let i = 1; i <= 3; i++) parts.push((await lint([EXAMPLES], { concurrency: 'off', shard: { index: i, count: 3 } })).map((r) => r.filePath));
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(all.length);
    expect(shardOf(7, { index: 2, count: 3 })).toEqual([1, 4]);
  });

  it('uses threads only for runs large enough to pay for them', () => {
    expect(workerCount(10, 'auto')).toBe(1);
    expect(workerCount(1000, 'off')).toBe(1);
    expect(workerCount(3, 8)).toBe(3);
  });

  it('reports progress once per file', async () => {
    const seen: Array<[number, number]> = [];
    const results = await lint([path.join(EXAMPLES, 'legacy')], { concurrency: 'off', onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.map(([d]) => d)).toEqual(results.map((_, i) => i + 1));
    expect(seen.every(([, t]) => t === results.length)).toBe(true);
  });
});
