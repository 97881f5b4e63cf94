/**
 * A module imported on first use and kept: an `import()` of a module already loaded still
 * resolves its specifier and looks it up (4 µs a call, against 0.1 µs to await a kept promise),
 * about 1 % of reading an HTML report.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      // A failed import (a reader's dependency missing) is tried again with the next file.
      loaded = undefined;
      throw error;
    }));
}
