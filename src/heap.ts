import v8 from 'node:v8';
import { PerformanceObserver } from 'node:perf_hooks';

/**
 * How far V8 lets the heap grow past what is live before it collects, in per cent. V8 picks a
 * factor of up to 4 when a program allocates fast, as a linter does (every report makes a few
 * MB of short-lived objects); over a sweep of 10,000 reports the heap then grew to half as much
 * again as over 1,000 although what stays live grows by a few MB. 30 % keeps the peak near the
 * live size at no measurable cost in time (the old generation holds little).
 */
const HEAP_GROWING_PERCENT = 30;

/**
 * The most a thread's young generation may take, per semi-space, in MB (V8's default on 64-bit
 * machines is 16). V8 doubles the young generation as objects survive, and over a long run it
 * reached the full 2 x 16 MB in every thread (in a worker about two seconds into a run, in this
 * thread about one second into a run of 10,000 files, never in a run of 1,000): 16 MB more
 * each, for the rest of the run. At 8 MB a run takes the same time (10,000 files 8.0-8.3 s
 * either way); at 4 MB it was a tenth slower.
 */
const MAX_SEMI_SPACE_MB = 8;

/**
 * For the command line only: process-wide V8 settings, so the library (`lint()` in someone
 * else's process) leaves them alone. The growing factor is read by V8 whenever it sizes the
 * heap after a collection, so it covers this thread and the worker threads started later. The
 * young generation's limit is fixed when a thread's heap is made, so it covers only the
 * workers; this thread's, already made, stops growing once it is as large as theirs (V8 reads
 * the factor by which it grows it each time it does). That factor is process-wide too: from
 * then on no worker's young generation grows either, whatever its size. In a 10,000-file run a
 * worker's stays at its first size (measured: ~2,200 scavenges against ~260 with one grown to
 * 2 x 8 MB), which keeps the run's peak near a 1,000-file run's (115-119 MB; a worker given
 * 2 x 8 MB from its start peaked at 144-149 MB) at about a tenth of the run's time.
 */
export function keepHeapNearLiveSize(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString(`--max-semi-space-size=${MAX_SEMI_SPACE_MB}`);
  const capped = () => youngGenerationBytes() >= 2 * MAX_SEMI_SPACE_MB * MB;
  if (capped()) return stopYoungGenerationGrowth();
  const watch = new PerformanceObserver(() => {
    if (!capped()) return;
    stopYoungGenerationGrowth();
    watch.disconnect();
  });
  // Told of every collection; it does not keep the process alive.
  watch.observe({ entryTypes: ['gc'] });
}

const MB = 1024 * 1024;

function youngGenerationBytes(): number {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

function stopYoungGenerationGrowth(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}
