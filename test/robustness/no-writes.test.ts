import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCapped } from './run-cli.js';

/** Every entry under a directory with its content hash and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const p = path.join(e.parentPath, e.name);
    const stat = statSync(p);
    out.set(path.relative(dir, p), e.isFile() ? `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${stat.mtimeMs}` : `dir ${stat.mtimeMs}`);
  }
  return out;
}

/**
 * The tool never writes to the files it lints, and writes nothing but the output files it is
 * asked for: no cache, no temporary file, no touched report.
 */
describe('writes', () => {
  it('leaves every linted file as it was and adds exactly the requested outputs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'disclosure-lint-writes-'));
    for (const sub of ['legacy', '2021', 'html', 'docx', 'xlsx', 'split']) cpSync(path.join(ROOT, 'examples', sub), path.join(dir, 'reports', sub), { recursive: true });
    const before = snapshot(dir);
    const outputs = ['out.json', 'out.sarif', 'summary.md', 'junit.xml', 'page.html'];
    const r = runCapped(['-f', 'stylish', '-f', 'json:out.json', '-f', 'sarif:out.sarif', '-f', 'markdown:summary.md', '-f', 'junit:junit.xml', '-f', 'html:page.html', 'reports'], { cwd: dir });
    expect(r.code).toBe(1);
    const after = snapshot(dir);
    expect([...after.keys()].filter((k) => !before.has(k)).sort()).toEqual([...outputs].sort());
    for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);

    const baseline = runCapped(['--baseline-write', 'reports'], { cwd: dir });
    expect(baseline.code).toBe(0);
    const third = snapshot(dir);
    expect([...third.keys()].filter((k) => !after.has(k))).toEqual(['disclosure-lint-baseline.json']);
    for (const [k, v] of after) expect([k, third.get(k)]).toEqual([k, v]);
  });
});
