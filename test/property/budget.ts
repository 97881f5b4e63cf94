import { appendFileSync } from 'node:fs';

/**
 * Seed and run counts of the property tests. `npm test` runs them with the fixed seed and the
 * small CI counts given at each property; `npm run fuzz` (scripts/fuzz.mjs) sets FUZZ_RUNS to run
 * each property that many times at least, and FUZZ_SEED to explore other inputs.
 */
export const SEED = Number(process.env.FUZZ_SEED ?? 42);
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 0);

/** Run count for a property: its CI count, or the fuzz count when larger. */
export function runs(ci: number): number {
  return Math.max(ci, FUZZ_RUNS);
}

/** fast-check parameters: the fixed seed and the run count. */
export function params(ci: number) {
  return { seed: SEED, numRuns: runs(ci) } as const;
}

/**
 * A figure for the record (recall, cases tried, times): printed, and appended as a JSON line to
 * $FUZZ_REPORT when set, where scripts/fuzz.mjs collects them for its summary.
 */
export function figure(name: string, values: Record<string, string | number>): void {
  const text = Object.entries(values).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`[fuzz] ${name}: ${text}`);
  if (process.env.FUZZ_REPORT) appendFileSync(process.env.FUZZ_REPORT, `${JSON.stringify({ name, ...values })}\n`);
}
