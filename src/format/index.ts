import type { Lang } from '../check/types.js';
import type { FileResult } from '../result.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
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

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;

export const FORMATTERS: Record<string, Formatter> = {
  stylish: (results, ctx) => formatStylish(results, ctx),
  json: (results) => formatJson(results),
  sarif: (results, ctx) => formatSarif(results, ctx),
  github: (results, ctx) => formatGithub(results, ctx),
  junit: (results, ctx) => formatJunit(results, ctx),
  markdown: (results, ctx) => formatMarkdown(results, ctx),
  html: (results, ctx) => formatHtml(results, ctx),
};
