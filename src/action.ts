import { readFileSync } from 'node:fs';
import { runAction } from './action/run.js';

/**
 * Entry point of the GitHub Action (action.yml runs `node dist/action.js`). Inputs come from
 * INPUT_* variables, results go to stdout, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT; no
 * @actions/core, since the few file formats involved are simple and a dependency would have
 * to be bundled or installed on every run.
 */
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
process.exitCode = await runAction({ env: process.env, cwd: process.cwd(), version, write: (text) => process.stdout.write(text) });
