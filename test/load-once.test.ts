import { describe, expect, it } from 'vitest';
import { loadOnce } from '../src/load-once.js';

describe('loadOnce', () => {
  it('loads on the first call only and gives every call the same module', async () => {
    let loads = 0;
    const load = loadOnce(async () => ({ n: ++loads }));
    expect(loads).toBe(0);
    const first = await load();
    const second = await load();
    expect(loads).toBe(1);
    expect(second).toBe(first);
  });

  it('tries again after a failed load, and keeps the load that succeeds', async () => {
    let loads = 0;
    const load = loadOnce(async () => {
      loads++;
      if (loads === 1) throw new Error('missing dependency');
      return { n: loads };
    });
    await expect(load()).rejects.toThrow('missing dependency');
    expect(await load()).toEqual({ n: 2 });
    expect(await load()).toEqual({ n: 2 });
    expect(loads).toBe(2);
  });
});
