import { parentPort } from 'node:worker_threads';
import { WireStringsOut } from './facts-wire.js';
import { factsOf } from './lint-source.js';
import { lintTarget } from './lint-target.js';
import type { WorkerMessage, WorkerRun } from './parallel.js';

/** The strings of facts this worker has sent, by number (src/facts-wire.ts). */
const wireStrings = new WireStringsOut();

const send = (message: WorkerMessage) => parentPort!.postMessage(message);

/**
 * A worker thread of the pool in src/parallel.ts: for each run it is sent, takes jobs from the
 * run's shared counter until none is left, and sends back each result with the facts the
 * cross-year checks need, then the end of its run.
 */
parentPort?.on('message', async ({ jobs, next }: WorkerRun) => {
  for (let id = Atomics.add(next, 0, 1); id < jobs.length; id = Atomics.add(next, 0, 1)) {
    try {
      const result = await lintTarget(jobs[id]);
      const facts = factsOf(result);
      send({ id, result, facts: facts && wireStrings.encode(facts) });
    } catch (error) {
      send({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      return;
    }
  }
  send({ done: true });
});
