import path from 'node:path';
import type { FileResult, LintMessage } from './result.js';
import { mapResults, type ResultList } from './result-list.js';

/**
 * A baseline records today's findings so that an office can gate new reports before fixing
 * every old one: later runs report only findings that are not in it. Findings are counted
 * per file and fingerprint (rule + cell + the numbers involved, never the line), so moving
 * text around does not resurrect them, and a second identical finding is still reported.
 */
export interface Baseline {
  version: 1;
  files: Record<string, Record<string, number>>;
}

export const DEFAULT_BASELINE = 'disclosure-lint-baseline.json';

export function fingerprint(m: LintMessage): string {
  const cell = m.key ?? '';
  const numbers = m.actual !== undefined || m.expected !== undefined ? `${m.actual ?? ''}/${m.expected ?? ''}` : m.message;
  return `${m.ruleId}|${cell}|${numbers}`;
}

export function buildBaseline(results: Iterable<FileResult>, cwd: string): Baseline {
  const files: Baseline['files'] = {};
  for (const r of results) {
    const counts: Record<string, number> = {};
    for (const m of r.messages) {
      if (m.fatal) continue;
      const f = fingerprint(m);
      counts[f] = (counts[f] ?? 0) + 1;
    }
    if (Object.keys(counts).length > 0) files[relative(r.filePath, cwd)] = counts;
  }
  return { version: 1, files };
}

/** Moves the findings the baseline covers to `suppressedMessages`; fatal ones always stay. */
export function applyBaseline(results: ResultList, baseline: Baseline, cwd: string): ResultList {
  return mapResults(results, (r) => {
    const budget = { ...(baseline.files[relative(r.filePath, cwd)] ?? {}) };
    const kept: LintMessage[] = [];
    const suppressed = [...r.suppressedMessages];
    for (const m of r.messages) {
      const f = fingerprint(m);
      if (!m.fatal && (budget[f] ?? 0) > 0) {
        budget[f]--;
        suppressed.push({ ...m, suppressions: [{ kind: 'baseline', justification: 'recorded in the baseline' }] });
      } else {
        kept.push(m);
      }
    }
    return {
      ...r,
      messages: kept,
      suppressedMessages: suppressed,
      errorCount: kept.filter((m) => m.severity === 2).length,
      warningCount: kept.filter((m) => m.severity === 1).length,
      fatalErrorCount: kept.filter((m) => m.fatal).length,
    };
  });
}

export function parseBaseline(text: string): Baseline {
  const data = JSON.parse(text) as Baseline;
  if (data?.version !== 1 || typeof data.files !== 'object' || data.files === null) throw new Error('not a disclosure-lint baseline (version 1)');
  return data;
}

function relative(filePath: string, cwd: string): string {
  return path.relative(cwd, filePath).split(path.sep).join('/');
}
