import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/format/index.js';
import { formatHtml } from '../../src/format/html.js';
import { formatJson } from '../../src/format/json.js';
import { formatJunit } from '../../src/format/junit.js';
import { mapResults } from '../../src/result-list.js';
import { batched, writeChunksToFile } from '../../src/write-chunks.js';
import { brokenLegacy, context, message, result } from './results.js';

/** Clean, with findings, unreadable, with a silenced finding: every kind of part a format has. */
async function mixed() {
  return [
    ...(await brokenLegacy()),
    result('reports/clean.md', []),
    result('reports/unreadable.md', [message({ ruleId: 'file-unreadable', fatal: true, message: '无法读取' })]),
    { ...result('reports/silenced.md', []), suppressedMessages: [{ ...message(), suppressions: [{ kind: 'directive', justification: '已核实' }] }] },
  ];
}

describe('output in pieces', () => {
  it('every format writes the same text from any list of results (not only an array) as from an array', async () => {
    const results = await mixed();
    // A list that is not an array, read as the command line reads a run's results.
    const list = mapResults(results, (r) => r);
    expect(Array.isArray(list)).toBe(false);
    for (const [name, formatter] of Object.entries(FORMATTERS)) {
      const fromArray = [...formatter(results, context())].join('');
      expect(fromArray.length, name).toBeGreaterThan(0);
      expect([...formatter(list, context())].join(''), name).toBe(fromArray);
    }
  });

  it('json, junit and html come a file at a time and join to the text of their one-piece formatters', async () => {
    const results = await mixed();
    const json = [...FORMATTERS.json(results, context())];
    expect(json).toHaveLength(results.length + 1);
    expect(json.join('')).toBe(formatJson(results));
    expect(json.join('')).toBe(`${JSON.stringify(results)}\n`);
    expect([...FORMATTERS.json([], context())].join('')).toBe('[]\n');
    const junit = [...FORMATTERS.junit(results, context())];
    expect(junit).toHaveLength(results.length + 2);
    expect(junit.join('')).toBe(formatJunit(results, context()));
    // Totals of the root, counted before the suites are written: 5 failures, 1 error, 1 skipped, 1 passing case for each clean file.
    expect(junit[0]).toContain('<testsuites name="disclosure-lint" tests="9" failures="5" errors="1" skipped="1">');
    const html = [...FORMATTERS.html(results, context())];
    expect(html).toHaveLength(results.length + 2);
    expect(html.join('')).toBe(formatHtml(results, context()));
  });

  it('batches pieces into blocks and writes them to a file whole', () => {
    const pieces = Array.from({ length: 5000 }, (_, i) => `${i}：报告${'内容'.repeat(i % 7)}\n`);
    const blocks = [...batched(pieces, 4096)];
    expect(blocks.join('')).toBe(pieces.join(''));
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.slice(0, -1).every((b) => b.length >= 4096)).toBe(true);
    expect([...batched([])]).toEqual([]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'disclosure-lint-chunks-')), 'out.txt');
    writeChunksToFile(file, pieces);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    writeChunksToFile(file, []);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
