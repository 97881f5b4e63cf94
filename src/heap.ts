import v8 from 'node:v8';

/**
 * How far V8 lets the heap grow past what is live before it collects, in per cent. V8 picks a
 * factor of up to 4 when a program allocates fast, as a linter does (every report makes a few
 * MB of short-lived objects); over a sweep of 10,000 reports the heap then grew to half as much
 * again as over 1,000 although what stays live grows by a few MB. 30 % keeps the peak near the
 * live size at no measurable cost in time (the old generation holds little).
 */
const HEAP_GROWING_PERCENT = 30;

/**
 * For the command line only: a process-wide V8 setting, so the library (`lint()` in someone
 * else's process) leaves it alone. Read by V8 whenever it sizes the heap after a collection,
 * so setting it at start-up covers this thread and the worker threads started later.
 */
export function keepHeapNearLiveSize(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
