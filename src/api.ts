/**
 * The package's entry (`import { lint, lintText } from 'disclosure-lint'`). The CLI and the
 * worker threads import what they need directly, without the preload below.
 */
import { loadMarkdownParser } from './extract/markdown-parser.js';

export { lint, configFor, shardOf, DEFAULT_MAX_FILE_SIZE, type ApiOptions } from './lint-paths.js';
export type { FileResult, LintMessage } from './result.js';
export type { LintOptions } from './lint-source.js';
export { lintText } from './lint-source.js';
export { closeIdleWorkers } from './worker-pool.js';
export { ConfigError } from './config/types.js';

// lintText is synchronous, and a Markdown report may need remark: load it with this module.
await loadMarkdownParser();
