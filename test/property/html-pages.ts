import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

/** The example HTML pages (clean and broken, both formats): what the HTML property tests edit. */
export const PAGES = ['examples/html/2021-clean.html', 'examples/html/legacy-clean.html', 'examples/html/2021-broken.html', 'examples/html/legacy-broken.html'].map((f) =>
  readFileSync(path.join(ROOT, f), 'utf8'),
);
