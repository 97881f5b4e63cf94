import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { WireStringsIn, type WireFacts } from './facts-wire.js';
import { setFacts } from './lint-source.js';
import { lintTarget, type LintJob } from './lint-target.js';
import type { FileResult } from './result.js';
import { shareResultStrings } from './shared-strings.js';
import { returnWorkers, takeWorkers } from './worker-pool.js';

/** Below this many files per thread, the threads' start-up costs more than they save. */
const MIN_FILES_PER_THREAD = 40;

/**
 * The same for a process that lints once (the command line) on a machine of two cores or fewer.
 * Its worker compiles the linter anew, and V8's optimising compiler then takes about a core-second
 * over the first few hundred reports; with two cores that time is taken from both linting
 * threads. A new process on this project's 2-vCPU machine linted 1,000 text reports in 1.7 s
 * alone and 2.1 s with a worker, 2,000 Markdown ones in 2.7 s and 3.0 s; at 3,000 the two were
 * even, at 10,000 the worker made it 1.4x faster (8.1 s against 11.4 s). With more cores the
 * compilers have cores of their own; a host that lints again and again keeps its workers warm.
 */
const MIN_FILES_PER_THREAD_LINTING_ONCE_ON_TWO_CORES = 1500;

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
 * Jobs a worker holds at once. With one, a worker idles from sending a result until this thread
 * (busy with a report of its own) reads the message and sends the next job: on the bench corpus
 * two threads then took 0.9 of one thread's time, with four 0.78 (two threads on this machine
 * never do much better than 0.7).
 */
const JOBS_IN_FLIGHT = 4;

/**
 * Lints jobs on `threads` threads: this one and `threads - 1` workers, all taking the next job
 * from one queue. This thread starts at once while the workers load (a new worker takes a few
 * hundred milliseconds to import the readers and rules, the time of a hundred reports), and
 * yields between its jobs so that the workers are fed. `onResult` sees each result as it comes,
 * with the index of its job (so the caller keeps them in the order of `jobs` whatever order the
 * threads finish in) and the facts still attached (see takeFacts). Workers come from the pool
 * in src/worker-pool.ts and go back to it when `keepWorkers`.
 */
export async function lintJobs(
  jobs: LintJob[],
  threads: number,
  keepWorkers: boolean,
  onResult: (index: number, result: FileResult, done: number) => void,
): Promise<void> {
  let next = 0;
  let done = 0;
  const finish = (id: number, result: FileResult) => onResult(id, result, ++done);
  const workers = takeWorkers(Math.max(0, threads - 1));
  let failed = false;
  try {
    const fromWorkers = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let held = 0;
          const feed = () => {
            if (next >= jobs.length) return held === 0 && resolve();
            const id = next++;
            held++;
            worker.postMessage({ id, job: jobs[id] });
          };
          const strings = wireStringsOf(worker);
          worker.on('message', (m: { id: number; result?: FileResult; facts?: WireFacts; error?: string }) => {
            held--;
            if (m.error !== undefined || !m.result) return reject(new Error(`worker failed on ${jobs[m.id].target.path}: ${m.error}`));
            try {
              if (m.facts) setFacts(m.result, strings.decode(m.facts), true);
              finish(m.id, shareResultStrings(m.result, jobs[m.id].target.path));
            } catch (error) {
              // Thrown in an event handler, it would leave this run waiting for ever.
              return reject(error);
            }
            feed();
          });
          worker.on('error', reject);
          // A worker that ends without an error (it never should) would leave its jobs undone for ever.
          worker.on('exit', (code) => reject(new Error(`worker exited (code ${code}) with ${held} jobs left`)));
          // Messages wait in the worker's port until it has loaded and listens.
          for (let k = 0; k < JOBS_IN_FLIGHT; k++) feed();
        }),
    );
    // Awaited after this thread's own loop; a worker's failure must not go unhandled meanwhile.
    const workersDone = Promise.all(fromWorkers);
    workersDone.catch(() => undefined);
    while (next < jobs.length) {
      const id = next++;
      finish(id, await lintTarget(jobs[id]));
      // Let the workers' messages in: each takes its next job as soon as it sends a result.
      if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await workersDone;
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // A worker may still hold jobs of a failed run: it goes, the others wait for the next run.
    await returnWorkers(workers, failed || !keepWorkers);
  }
}

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
