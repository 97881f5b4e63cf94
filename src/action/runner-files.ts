import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

/**
 * Step outputs, appended to the file named by GITHUB_OUTPUT: `name=value` lines, and for a
 * value with a line break the heredoc form `name<<DELIMITER … DELIMITER` with a random
 * delimiter that the value cannot contain (as actions/toolkit does), so that a value cannot
 * end the block early and set outputs of its own.
 */
export function writeOutputs(file: string, outputs: Record<string, string | number>): void {
  const lines: string[] = [];
  for (const [name, raw] of Object.entries(outputs)) {
    const value = String(raw);
    if (!/[\r\n]/.test(value)) {
      lines.push(`${name}=${value}`);
      continue;
    }
    let delimiter = `ghadelimiter_${randomUUID()}`;
    while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
    lines.push(`${name}<<${delimiter}`, value, delimiter);
  }
  appendFileSync(file, `${lines.join('\n')}\n`);
}

/** The job summary: Markdown appended to the file named by GITHUB_STEP_SUMMARY. */
export function appendSummary(file: string, markdown: string): void {
  appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}
