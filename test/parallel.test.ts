import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, shardOf } from '../src/api.js';
import { lintJobs, workerCount, type WorkerMessage, type WorkerRun } from '../src/parallel.js';
import type { LintJob } from '../src/lint-target.js';
import { closeIdleWorkers, idleWorkers, returnWorkers, takeWorkers, workerExecArgv } from '../src/worker-pool.js';
import { progressBar } from '../src/progress.js';
import { ROOT, runCli } from './helpers/cli.js';

const EXAMPLES = path.join(ROOT, 'examples');
const CLEAN_FILE = path.join(EXAMPLES, 'legacy', 'clean.txt');
const GOOD_JOB: LintJob = { target: { kind: 'file', path: CLEAN_FILE, explicit: true }, options: { lang: 'zh', rules: {} }, maxFileSize: 1 << 24 };
/** A missing target without options: building its message throws, on whichever thread takes it. */
const FAILING_JOB = { target: { kind: 'missing', path: '/nowhere/bad.txt', reason: 'not-found' }, options: null, maxFileSize: 1 } as unknown as LintJob;

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

  it('keeps its workers for the next run, and lets them go', async () => {
    await closeIdleWorkers();
    const first = await lint([EXAMPLES], { concurrency: 2 });
    expect(idleWorkers()).toBe(1);
    const second = await lint([EXAMPLES], { concurrency: 3 });
    expect(idleWorkers()).toBe(2);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    await closeIdleWorkers();
    expect(idleWorkers()).toBe(0);
    // The CLI lints once: its workers end with the run.
    await lint([EXAMPLES], { concurrency: 2, keepWorkers: false });
    expect(idleWorkers()).toBe(0);
  });

  it('drops an idle worker that ends from the pool', async () => {
    await closeIdleWorkers();
    const [worker] = takeWorkers(1);
    await returnWorkers([worker], false);
    expect(idleWorkers()).toBe(1);
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    await worker.terminate();
    await exited;
    expect(idleWorkers()).toBe(0);
  });

  it('does not keep a process alive with its idle workers, and runs under node -e', () => {
    // The pool keeps idle workers for 10 s; the process must end as soon as its work is done.
    // The workers must not inherit --input-type (their script is a file), and do without a V8
    // option then (a worker given options explicitly refuses V8 ones).
    expect(workerExecArgv(['--input-type=module', '-e', 'x', '--max-old-space-size=100'])).toEqual(['-e', 'x', '--max-old-space-size=100']);
    expect(workerExecArgv(['--input-type', 'module', '--no-warnings'])).toEqual(['--no-warnings']);
    const script = `const { lint } = await import(${JSON.stringify(path.join(ROOT, 'dist/api.js'))});
      const r = await lint([${JSON.stringify(EXAMPLES)}], { concurrency: 2 });
      console.log(r.length);`;
    const run = spawnSync(process.execPath, ['--max-old-space-size=300', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 8000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(Number(run.stdout)).toBeGreaterThan(20);
  });

  it('lints every job exactly once when the threads take them from one counter', async () => {
    const jobs = Array.from({ length: 60 }, () => GOOD_JOB);
    const seen: number[] = [];
    const counts: number[] = [];
    await lintJobs(jobs, 3, true, (index, result, done) => {
      seen.push(index);
      counts.push(done);
      expect(result.filePath).toBe(CLEAN_FILE);
    });
    expect([...seen].sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
    expect(counts).toEqual(jobs.map((_, i) => i + 1));
    expect(idleWorkers()).toBeGreaterThanOrEqual(2);
  });

  it('fails the run, not for ever, when a job fails on a worker, and ends the workers of that run', async () => {
    await closeIdleWorkers();
    const jobs = [...Array.from({ length: 30 }, () => GOOD_JOB), FAILING_JOB, ...Array.from({ length: 30 }, () => GOOD_JOB)];
    await expect(lintJobs(jobs, 2, true, () => undefined)).rejects.toThrow(/worker failed on \/nowhere\/bad\.txt|reading 'rules'/);
    expect(idleWorkers()).toBe(0);
  });

  it('a worker sends the failure of a job and takes no other job of that run', async () => {
    await closeIdleWorkers();
    const [worker] = takeWorkers(1);
    try {
      const next = new Int32Array(new SharedArrayBuffer(4));
      const messages: WorkerMessage[] = [];
      const ended = new Promise<void>((resolve) =>
        worker.on('message', (m: WorkerMessage) => {
          messages.push(m);
          if (!('result' in m)) resolve();
        }),
      );
      worker.postMessage({ jobs: [GOOD_JOB, FAILING_JOB, GOOD_JOB, GOOD_JOB], next } satisfies WorkerRun);
      await ended;
      expect(messages.map((m) => ('result' in m ? 'result' : 'error' in m ? 'error' : 'done'))).toEqual(['result', 'error']);
      expect(messages[1]).toMatchObject({ id: 1, error: expect.stringMatching(/TypeError/) });
      // The counter shows what it took: jobs 0 and 1, and the attempt that found none left for it is not made.
      expect(Atomics.load(next, 0)).toBe(2);
    } finally {
      await returnWorkers([worker], true);
    }
  });

  it('starts a worker without the file walker, which it never uses', () => {
    // fast-glob and its seventeen packages took a new worker ~55 ms of its ~230 ms to load.
    const script = `await import(${JSON.stringify(path.join(ROOT, 'dist/worker.js'))});
      const { createRequire } = await import('node:module');
      console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 8000 });
    expect(run.status).toBe(0);
    const loaded = JSON.parse(run.stdout) as string[];
    expect(loaded.filter((f) => f.includes('node_modules/fast-glob'))).toEqual([]);
  });

  it('uses threads only for runs large enough to pay for them', () => {
    expect(workerCount(10, 'auto')).toBe(1);
    expect(workerCount(1000, 'off')).toBe(1);
    expect(workerCount(3, 8)).toBe(3);
    expect(workerCount(1000, 'auto', false, 2)).toBe(2);
    expect(workerCount(1000, 'auto', false, 8)).toBe(8);
    expect(workerCount(100, 'auto', false, 8)).toBe(2);
    // A process that lints once on two cores: a worker's compiling costs more than it saves below 5,000 files.
    expect(workerCount(4999, 'auto', true, 2)).toBe(1);
    expect(workerCount(5000, 'auto', true, 2)).toBe(2);
    expect(workerCount(1000, 'auto', true, 4)).toBe(4);
    // An explicit number is obeyed.
    expect(workerCount(1000, 2, true, 2)).toBe(2);
  });

  it('reports progress once per file', async () => {
    const seen: Array<[number, number]> = [];
    const results = await lint([path.join(EXAMPLES, 'legacy')], { concurrency: 'off', onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.map(([d]) => d)).toEqual(results.map((_, i) => i + 1));
    expect(seen.every(([, t]) => t === results.length)).toBe(true);
  });
});

describe('--shard, --concurrency and the progress bar', () => {
  it('the CLI splits files by --shard and rejects bad values', () => {
    const all = JSON.parse(runCli(['-f', 'json', '--concurrency', 'off', 'examples/legacy']).stdout) as unknown[];
    const first = JSON.parse(runCli(['-f', 'json', '--shard', '1/2', 'examples/legacy']).stdout) as unknown[];
    const second = JSON.parse(runCli(['-f', 'json', '--shard', '2/2', '--concurrency', '2', 'examples/legacy']).stdout) as unknown[];
    expect(first.length + second.length).toBe(all.length);
    for (const bad of [['--shard', '0/2'], ['--shard', '3/2'], ['--shard', 'x'], ['--concurrency', '0']]) {
      const r = runCli([...bad, 'examples/legacy']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^disclosure-lint: --(shard|concurrency)/);
    }
  });

  it('draws on a terminal only, outside CI, and clears its line at the end', () => {
    const saved = process.env.CI;
    delete process.env.CI;
    try {
      const written: string[] = [];
      const tty = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
      const bar = progressBar(tty, true)!;
      for (let i = 1; i <= 60; i++) bar.update(i, 60);
      bar.finish();
      expect(written[written.length - 2]).toBe(`\r${'█'.repeat(30)} 60/60`);
      expect(written[written.length - 1]).toBe('\r\u001b[2K');
      expect(progressBar({ isTTY: false } as NodeJS.WriteStream, true)).toBeUndefined();
      expect(progressBar(tty, false)).toBeUndefined();
      process.env.CI = 'true';
      expect(progressBar(tty, true)).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.CI;
      else process.env.CI = saved;
    }
  });
});
