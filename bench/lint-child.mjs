// One measured run for bench/scale.mjs, in its own process: lints the paths given (default
// options, worker threads as a user gets them) and prints { ms, rssMb, files } as JSON.
import { lint } from '../dist/api.js';

const t = performance.now();
const results = await lint(process.argv.slice(2), { lang: 'zh', useConfigFiles: false });
const ms = performance.now() - t;
// maxRSS covers the worker threads too: they share this process.
const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify({ ms: Math.round(ms), rssMb, files: results.length }));
