import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { setFacts, type ReportFacts } from './lint-source.js';
import { lintTarget, type LintJob } from './lint-target.js';
import type { FileResult } from './result.js';

/**
 * The compiled worker beside this module; when this module runs from src/ (the tests, via
 * vitest), the build's copy in dist/ (`npm test` builds first).
 */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  return existsSync(beside) ? beside : new URL('../dist/worker.js', import.meta.url);
}

/** Below this many files the threads' start-up costs more than they save. */
const MIN_FILES_PER_WORKER = 40;

export type Concurrency = number | 'auto' | 'off';

/** How many worker threads to use for `jobs` files (1: lint in this thread). */
export function workerCount(files: number, concurrency: Concurrency = 'auto'): number {
  if (concurrency === 'off') return 1;
  if (concurrency !== 'auto') return Math.max(1, Math.min(Math.floor(concurrency), files));
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / MIN_FILES_PER_WORKER)));
}

/**
 * Lints jobs on `threads` worker threads (or in this thread when 1). Results come back in
 * the order of `jobs` whatever order the threads finish in, so output is deterministic.
 */
export async function lintJobs(jobs: LintJob[], threads: number, onDone?: (done: number) => void): Promise<FileResult[]> {
  if (threads <= 1) {
    const results: FileResult[] = [];
    for (const job of jobs) {
      results.push(await lintTarget(job));
      onDone?.(results.length);
    }
    return results;
  }
  const results = new Array<FileResult>(jobs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerScript()));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= jobs.length) return resolve();
              const id = next++;
              worker.postMessage({ id, job: jobs[id] });
            };
            worker.on('message', (m: { id: number; result?: FileResult; facts?: ReportFacts; error?: string }) => {
              if (m.error !== undefined || !m.result) return reject(new Error(`worker failed on ${jobs[m.id].target.path}: ${m.error}`));
              results[m.id] = m.result;
              if (m.facts) setFacts(m.result, m.facts);
              onDone?.(++done);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
