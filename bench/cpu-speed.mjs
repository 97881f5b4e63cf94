// How fast each CPU of this machine is right now: the same fixed loop, in a child process pinned
// to each CPU in turn with taskset (util-linux). On this project's 2-vCPU machine one vCPU (at
// times both) has run the loop at half its usual speed (the host gives it less time): a thread's
// speed then depends on the CPU it lands on, so two threads never make two CPUs of work, and a
// single-threaded measurement (the read floor) moves by up to 2x between rounds. Printed with
// every bench run so that its figures can be read against it.

import { spawnSync } from 'node:child_process';
import os from 'node:os';

const LOOP = `const s = 'abc一二三12,345 的 件'.repeat(20000); let n = 0;
const t = process.hrtime.bigint();
for (let r = 0; r < 60; r++) for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) > 200 ? 1 : 0;
console.log(Number(process.hrtime.bigint() - t) / 1e6, n);`;

/** Milliseconds of the loop on each CPU (best of `tries`; NaN where no run succeeded), or undefined without taskset. */
export function cpuSpeeds(tries = 3) {
  const cpus = os.availableParallelism();
  const probe = spawnSync('taskset', ['-c', '0', 'true']);
  if (probe.error || probe.status !== 0) return undefined;
  const ms = [];
  for (let cpu = 0; cpu < cpus; cpu++) {
    let best = Infinity;
    for (let k = 0; k < tries; k++) {
      const run = spawnSync('taskset', ['-c', String(cpu), process.execPath, '-e', LOOP], { encoding: 'utf8' });
      const value = Number(run.stdout.split(' ')[0]);
      if (run.status === 0 && Number.isFinite(value)) best = Math.min(best, value);
    }
    ms.push(Number.isFinite(best) ? best : NaN);
  }
  return ms;
}

/** One line for the bench's output. */
export function describeCpuSpeeds(ms) {
  if (!ms) return 'CPU speeds: not measured (no taskset)';
  const list = ms.map((m, i) => `cpu${i} ${Number.isNaN(m) ? 'not measured' : `${m.toFixed(0)} ms`}`).join(', ');
  const measured = ms.filter((m) => !Number.isNaN(m));
  const fastest = Math.min(...measured);
  const slowest = Math.max(...measured);
  const uneven = slowest > 1.25 * fastest;
  return `CPU speeds (one loop pinned to each CPU): ${list}${uneven ? ` — UNEVEN: the slowest takes ${(slowest / fastest).toFixed(1)}x the fastest; threads and single-threaded rounds run at the speed of the CPU they land on` : measured.length > 1 ? ' — even' : ''}`;
}
