import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * Worker threads kept between runs of one process. A new worker imports the readers and rules
 * and then runs unoptimised code for its first hundred or so reports (V8 optimises what it has
 * seen run): a program that lints again and again (an editor, a server, the bench) would pay
 * that on every run. Idle workers do not keep the process alive, and go after IDLE_MS.
 */
const idle: Worker[] = [];

/** How long an idle worker is kept: long enough for the next run of a batch, not for ever. */
const IDLE_MS = 10_000;

let reaper: NodeJS.Timeout | undefined;

/**
 * The compiled worker beside this module; when this module runs from src/ (the tests, via
 * vitest), the build's copy in dist/ (`npm test` builds first).
 */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  return existsSync(beside) ? beside : new URL('../dist/worker.js', import.meta.url);
}

function leavePool(this: Worker): void {
  const at = idle.indexOf(this);
  if (at >= 0) idle.splice(at, 1);
}

function ignore(): void {}

/**
 * The host's Node options, for a worker, without --input-type: it is for `node -e` code, and a
 * worker that inherits it refuses its own script (ERR_INPUT_TYPE_NOT_ALLOWED).
 */
export function workerExecArgv(execArgv: string[]): string[] {
  return execArgv.filter((arg, i) => !arg.startsWith('--input-type') && execArgv[i - 1] !== '--input-type');
}

/**
 * A worker with the host's options. They are inherited as they are unless --input-type is among
 * them: options given explicitly are checked, and V8 ones (--max-old-space-size), which an
 * inheriting worker takes in its stride, are refused (ERR_WORKER_INVALID_EXEC_ARGV); then the
 * worker does without them.
 */
function startWorker(): Worker {
  const execArgv = workerExecArgv(process.execArgv);
  if (execArgv.length === process.execArgv.length) return new Worker(workerScript());
  try {
    return new Worker(workerScript(), { execArgv });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(workerScript(), { execArgv: [] });
  }
}

/** `count` workers, idle ones first; each keeps the process alive until it is returned. */
export function takeWorkers(count: number): Worker[] {
  const workers: Worker[] = [];
  while (workers.length < count) {
    const worker = idle.pop() ?? startWorker();
    worker.off('exit', leavePool);
    worker.off('error', ignore);
    worker.ref();
    workers.push(worker);
  }
  if (idle.length === 0 && reaper) {
    clearTimeout(reaper);
    reaper = undefined;
  }
  return workers;
}

/**
 * Back to the pool after a run, or terminated when the run failed (a worker may then still
 * hold jobs whose results would reach the next run).
 */
export async function returnWorkers(workers: Worker[], terminate: boolean): Promise<void> {
  if (terminate) {
    await Promise.all(workers.map((worker) => worker.terminate()));
    return;
  }
  for (const worker of workers) {
    for (const event of ['message', 'error', 'exit']) worker.removeAllListeners(event);
    worker.unref();
    // An idle worker runs nothing, but if it dies anyway it must neither stay in the pool nor
    // take this process with it (an 'error' nobody listens to is thrown).
    worker.on('exit', leavePool);
    worker.on('error', ignore);
    idle.push(worker);
  }
  if (idle.length > 0) {
    if (reaper) clearTimeout(reaper);
    reaper = setTimeout(closeIdleWorkers, IDLE_MS);
    reaper.unref();
  }
}

/** Terminates the idle workers (a host that wants its threads back at once may call it). */
export async function closeIdleWorkers(): Promise<void> {
  if (reaper) clearTimeout(reaper);
  reaper = undefined;
  await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
}

/** How many workers wait in the pool (for the tests). */
export function idleWorkers(): number {
  return idle.length;
}
