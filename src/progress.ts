/**
 * A one-line progress bar for long runs, drawn on stderr only when stderr is a terminal:
 * never in CI logs (CI=true), never with --quiet, never for a handful of files.
 */
export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

const MIN_FILES = 50;
const WIDTH = 30;

export function progressBar(stream: NodeJS.WriteStream, enabled: boolean): ProgressBar | undefined {
  if (!enabled || !stream.isTTY || process.env.CI) return undefined;
  let drawn = -1;
  return {
    update(done, total) {
      if (total < MIN_FILES) return;
      const filled = Math.round((done / total) * WIDTH);
      if (filled === drawn && done !== total) return;
      drawn = filled;
      stream.write(`\r${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${done}/${total}`);
    },
    finish() {
      if (drawn >= 0) stream.write('\r\u001b[2K');
    },
  };
}
