import type { Lang } from '../check/types.js';
import type { FileResult } from '../result.js';
import { formatJson } from './json.js';
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
};
