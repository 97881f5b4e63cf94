import { loadMarkdownParser } from '../src/extract/markdown-parser.js';

// Tests call the synchronous readers (fromText, lintText) directly, as the package entry does
// after its own preload; the CLI tests run fresh processes, where remark loads on demand.
await loadMarkdownParser();
