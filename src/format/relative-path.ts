import path from 'node:path';

/**
 * A file's path as CI systems want it: relative to the working directory (the repository
 * root in GitHub Actions), with forward slashes on every platform. A file outside the
 * working directory keeps its absolute path, since a `../` path matches nothing in the repository.
 */
export function displayPath(filePath: string, cwd: string): string {
  const absolute = path.resolve(cwd, filePath);
  const rel = path.relative(cwd, absolute);
  if (rel === '') return '.';
  const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return (outside ? absolute : rel).split(path.sep).join('/');
}

/** Whether displayPath() gave a path relative to the working directory. */
export function isRelativeDisplay(display: string): boolean {
  return !path.isAbsolute(display) && !/^[A-Za-z]:\//.test(display);
}
