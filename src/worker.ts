import { parentPort } from 'node:worker_threads';
import { WireStringsOut } from './facts-wire.js';
import { factsOf } from './lint-source.js';
import { lintTarget, type LintJob } from './lint-target.js';

/** The strings of facts this worker has sent, by number (src/facts-wire.ts). */
const wireStrings = new WireStringsOut();

/**
 * A worker thread of the pool in src/parallel.ts: lints the jobs it is sent, one at a time,
 * and sends back each result with the facts the cross-year checks need.
 */
parentPort?.on('message', async (message: { id: number; job: LintJob }) => {
  try {
    const result = await lintTarget(message.job);
    const facts = factsOf(result);
    parentPort!.postMessage({ id: message.id, result, facts: facts && wireStrings.encode(facts) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
