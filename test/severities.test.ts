import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, type LintOptions } from '../src/lint-source.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const broken = readFileSync(path.join(ROOT, 'examples/legacy/broken.txt'), 'utf8');
const findings = (options: LintOptions) => lintText('broken.txt', broken, 'text', options).messages.map((m) => `${m.ruleId} ${m.severity} ${m.line}:${m.column}`);

describe('severities set by the options', () => {
  it('apply to every check, and follow the options object when a caller changes it between calls', () => {
    const options: LintOptions = { lang: 'zh', rules: {} };
    expect(findings(options)).toEqual(['L-CH-2 2 32:2', 'L-RJ-1 2 85:2', 'L-AP-3 2 113:2', 'L-RV-1 2 205:2', 'L-ORG-1 2 257:2']);
    options.rules['L-AP-3'] = 'warn';
    options.rules['L-ORG-1'] = 'off';
    expect(findings(options)).toEqual(['L-CH-2 2 32:2', 'L-RJ-1 2 85:2', 'L-AP-3 1 113:2', 'L-RV-1 2 205:2']);
    delete options.rules['L-ORG-1'];
    expect(findings(options)).toEqual(['L-CH-2 2 32:2', 'L-RJ-1 2 85:2', 'L-AP-3 1 113:2', 'L-RV-1 2 205:2', 'L-ORG-1 2 257:2']);
  });
});
