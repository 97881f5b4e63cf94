import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/disclosure-lint.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs the built CLI in a child whose heap is capped at 1 GB, so that a blow-up fails the test
 * instead of the machine; returns the exit code, the output and how long it took.
 */
export function runCapped(args: string[], options: { cwd?: string; heapMb?: number } = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${options.heapMb ?? 1024}`, BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0' },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0 };
}

/** A stack trace frame as Node prints one (`    at fn (file.js:1:2)`). */
export const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
