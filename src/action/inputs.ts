import type { Lang } from '../check/types.js';
import { FORMATTERS } from '../format/index.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  paths: string[];
  config?: string;
  format: string;
  failOn: FailOn;
  sarifFile?: string;
  /** undefined: the config's language, else Chinese. */
  lang?: Lang;
}

/** An input the action cannot work with; the message is shown as the step's error. */
export class InputError extends Error {}

/**
 * Inputs as the runner passes them: `INPUT_<NAME>` with the name upper-cased and spaces made
 * underscores, hyphens kept (`INPUT_FAIL-ON`). A shell cannot set such a name, so the
 * underscore spelling (`INPUT_FAIL_ON`, which action.yml uses) is read as well.
 */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  return (env[key] ?? env[key.replace(/-/g, '_')] ?? '').trim();
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  // One path or glob per line, so that names with spaces (年报 2023.docx) need no quoting.
  const paths = input(env, 'paths')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const format = input(env, 'format') || 'github';
  if (!(format in FORMATTERS)) throw new InputError(`unknown format "${format}" (choose from: ${Object.keys(FORMATTERS).join(', ')})`);
  const failOn = input(env, 'fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw new InputError(`fail-on must be error, warning or never, not "${failOn}"`);
  const lang = input(env, 'lang');
  if (lang !== '' && lang !== 'zh' && lang !== 'en') throw new InputError(`lang must be zh or en, not "${lang}"`);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: input(env, 'config') || undefined,
    format,
    failOn,
    sarifFile: input(env, 'sarif-file') || undefined,
    lang: lang === '' ? undefined : lang,
  };
}
