import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { WireStringsIn, type WireFacts } from './facts-wire.js';
import { setFacts } from './lint-source.js';
import { lintTarget, type LintJob } from './lint-target.js';
import type { FileResult } from './result.js';
import { shareResultStrings } from './shared-strings.js';
import { returnWorkers, takeWorkers } from './worker-pool.js';

/**
 * How often this thread, linting beside workers, lets their results in (their messages wait in
 * its port meanwhile; the workers never wait for it). Often enough for a progress bar.
 */
const YIELD_EVERY_MS = 4;

/** Below this many files per thread, the threads' start-up costs more than they save. */
const MIN_FILES_PER_THREAD = 40;

/**
 * The same for a process that lints once (the command line) on a machine of two cores or fewer.
 * Its worker compiles the linter anew, and V8's optimising compiler then takes about a core-second
 * over the first few hundred reports; with two cores that time is taken from both linting
 * threads. Measured on this project's 2-vCPU machine (session 12, a new process per run, one
 * thread against two, alternating): text reports 3,000 in 2.5 s against 2.9-3.0, 5,000 in
 * 3.4-3.5 s against 3.6-3.7, 6,000 and 8,000 even, 10,000 in 5.8 s against 5.3; Markdown 6,000
 * in 5.7-6.0 s against 5.3-5.6, 8,000 in 6.8-7.1 against 5.8; HTML 6,000 even, 8,000 in
 * 8.4-9.3 s against 7.0-7.9. Two threads from 5,000 files, about where the kinds break even
 * (text a little later, Markdown a little earlier). With more cores the compilers have cores of
 * their own; a host that lints again and again keeps its workers warm.
 */
const MIN_FILES_PER_THREAD_LINTING_ONCE_ON_TWO_CORES = 2500;

export type Concurrency = number | 'auto' | 'off';

/**
 * How many threads to lint `files` files on (1: this thread alone). `lintsOnce`: the workers
 * end with this run (the command line), so their start-up is not shared with later runs.
 */
export function workerCount(files: number, concurrency: Concurrency = 'auto', lintsOnce = false, cores = availableParallelism()): number {
  if (concurrency === 'off') return 1;
  if (concurrency !== 'auto') return Math.max(1, Math.min(Math.floor(concurrency), files));
  const perThread = lintsOnce && cores <= 2 ? MIN_FILES_PER_THREAD_LINTING_ONCE_ON_TWO_CORES : MIN_FILES_PER_THREAD;
  return Math.max(1, Math.min(cores, Math.floor(files / perThread)));
}

/**
 * Lints jobs on `threads` threads: this one and `threads - 1` workers. Every thread takes the
 * next job from one counter in shared memory, so a worker never waits for this thread to feed
 * it: when this thread fed each worker its next job on reading a result, a worker holding four
 * jobs ran dry while this thread collected garbage or linted a long report, and on the bench
 * corpus it idled for a sixth of a round. This thread starts at once while the workers load (a
 * new worker takes a few hundred milliseconds to import the readers and rules, the time of a
 * hundred reports), and every few milliseconds yields so that the workers' results come in. `onResult`
 * sees each result as it comes, with the index of its job (so the caller keeps them in the order
 * of `jobs` whatever order the threads finish in) and the facts still attached (see takeFacts).
 * Workers come from the pool in src/worker-pool.ts and go back to it when `keepWorkers`.
 */
export async function lintJobs(
  jobs: LintJob[],
  threads: number,
  keepWorkers: boolean,
  onResult: (index: number, result: FileResult, done: number) => void,
): Promise<void> {
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  let done = 0;
  const finish = (id: number, result: FileResult) => onResult(id, result, ++done);
  const workers = takeWorkers(Math.max(0, threads - 1));
  let failed = false;
  try {
    const fromWorkers = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const strings = wireStringsOf(worker);
          worker.on('message', (m: WorkerMessage) => {
            if ('done' in m) return resolve();
            if ('error' in m) return reject(new Error(`worker failed on ${jobs[m.id].target.path}: ${m.error}`));
            try {
              if (m.facts) setFacts(m.result, strings.decode(m.facts), true);
              finish(m.id, shareResultStrings(m.result, jobs[m.id].target.path));
            } catch (error) {
              // Thrown in an event handler, it would leave this run waiting for ever.
              return reject(error);
            }
          });
          worker.on('error', reject);
          // A worker that ends without an error (it never should) would leave its jobs undone for ever.
          worker.on('exit', (code) => reject(new Error(`worker exited (code ${code}) during a run`)));
          // The message waits in the worker's port until it has loaded and listens.
          worker.postMessage({ jobs, next } satisfies WorkerRun);
        }),
    );
    // Awaited after this thread's own loop; a worker's failure must not go unhandled meanwhile.
    const workersDone = Promise.all(fromWorkers);
    workersDone.catch(() => undefined);
    let yielded = performance.now();
    for (let id = Atomics.add(next, 0, 1); id < jobs.length; id = Atomics.add(next, 0, 1)) {
      finish(id, await lintTarget(jobs[id]));
      // Let the workers' results in, every few milliseconds: a turn of the event loop takes
      // 15-25 µs, and one after each of its reports was 2-4 % of a round.
      if (workers.length > 0 && performance.now() - yielded >= YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        yielded = performance.now();
      }
    }
    await workersDone;
  } catch (error) {
    failed = true;
    // No thread takes another job of a failed run.
    Atomics.store(next, 0, jobs.length);
    throw error;
  } finally {
    // A worker may still be linting a job of a failed run: it goes, the others wait for the next run.
    await returnWorkers(workers, failed || !keepWorkers);
  }
}

/** What a worker is sent for a run: all the jobs, and the counter of the next job to take. */
export interface WorkerRun {
  jobs: LintJob[];
  next: Int32Array;
}

/** What a worker sends: a job's result (with its facts), a job's failure, or the end of its run. */
export type WorkerMessage = { id: number; result: FileResult; facts?: WireFacts } | { id: number; error: string } | { done: true };

/** The table of strings each worker has sent (src/facts-wire.ts): it lives as long as the worker, in the pool too. */
const wireStrings = new WeakMap<Worker, WireStringsIn>();

function wireStringsOf(worker: Worker): WireStringsIn {
  let strings = wireStrings.get(worker);
  if (!strings) {
    strings = new WireStringsIn();
    wireStrings.set(worker, strings);
  }
  return strings;
}
