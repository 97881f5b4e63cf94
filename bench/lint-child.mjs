// One measured run for bench/scale.mjs, in its own process: runs the command line as
// bin/disclosure-lint.js does (default options, worker threads as a user gets them, JSON
// output to a file) on the paths given and prints { ms, sinceStartMs, rssMb, files, exit } as JSON
// (ms: the run itself; sinceStartMs: from the start of this process, Node's start-up and the
// imports included, to the end of the run).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keepHeapNearLiveSize } from '../dist/heap.js';

keepHeapNearLiveSize();
const { main } = await import('../dist/cli.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-lint-bench-'));
const out = path.join(dir, 'results.json');
const t = performance.now();
const exit = await main(['--no-config-lookup', '-f', `json:${out}`, ...process.argv.slice(2)]);
const ms = performance.now() - t;
// performance.now() counts from the start of the process.
const sinceStartMs = performance.now();
// maxRSS covers the worker threads too: they share this process. Taken before the output is read back.
const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const files = (readFileSync(out, 'utf8').match(/"filePath":/g) ?? []).length;
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ ms: Math.round(ms), sinceStartMs: Math.round(sinceStartMs), rssMb, files, exit }));
