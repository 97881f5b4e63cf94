import { existsSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { ConfigError } from './config/types.js';
import { readSmallFile } from './small-file.js';

export const IGNORE_FILE = '.disclosurelintignore';

/**
 * `.disclosurelintignore` in the working directory: one glob per line, relative to it,
 * `#` comments, a trailing `/` for a directory (gitignore's common subset).
 */
export function loadIgnoreFile(cwd: string): (file: string) => boolean {
  const file = path.join(cwd, IGNORE_FILE);
  if (!existsSync(file)) return () => false;
  let text: string;
  try {
    text = readSmallFile(file);
  } catch (error) {
    throw new ConfigError(`${file}: cannot read: ${(error as Error).message}`);
  }
  const globs = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .flatMap((g) => {
      const base = g.replace(/^\//, '');
      const dir = base.endsWith('/') ? `${base}**` : base;
      return g.startsWith('/') ? [dir] : [dir, `**/${dir}`, ...(base.endsWith('/') ? [] : [`${base}/**`, `**/${base}/**`])];
    });
  const match = picomatch(globs, { dot: true });
  return (f) => match(path.relative(cwd, f).split(path.sep).join('/'));
}
