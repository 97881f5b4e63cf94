import type { Lang } from '../check/types.js';
import type { ResultList } from '../result-list.js';
import { formatGithub } from './github.js';
import { htmlChunks } from './html.js';
import { jsonChunks } from './json.js';
import { junitChunks } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

/** Everything a formatter may use besides the results; formatters are pure functions. */
export interface FormatContext {
  lang: Lang;
  cwd: string;
  color: boolean;
  quiet: boolean;
  /** The tool's version, for SARIF's driver and JUnit's properties. */
  version: string;
}

/**
 * The output as pieces to write one after the other. Formats with a part per file (json, junit,
 * html) give them one at a time, so the output of a sweep of 10,000 reports is never whole in
 * memory; the others list the findings only and come in one piece.
 */
export type Formatter = (results: ResultList, ctx: FormatContext) => Iterable<string>;

export const FORMATTERS: Record<string, Formatter> = {
  stylish: (results, ctx) => [formatStylish(results, ctx)],
  json: (results) => jsonChunks(results),
  sarif: (results, ctx) => [formatSarif(results, ctx)],
  github: (results, ctx) => [formatGithub(results, ctx)],
  junit: (results, ctx) => junitChunks(results, ctx),
  markdown: (results, ctx) => [formatMarkdown(results, ctx)],
  html: (results, ctx) => htmlChunks(results, ctx),
};
