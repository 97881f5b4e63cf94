import { describe, expect, it } from 'vitest';
import { anchor, fingerprints } from '../../src/format/fingerprint.js';
import { message } from './results.js';

describe('fingerprints', () => {
  it('anchor on the cell key, else the related cells, else the message without its numbers', () => {
    const related = [{ key: 'org.full-time', label: '专职人员数', value: '2', line: 9, column: 2, endLine: 9, endColumn: 3 }];
    expect(anchor(message({ key: 'org.staff', related }))).toBe('key:org.staff');
    expect(anchor(message({ related }))).toBe('related:org.full-time');
    expect(anchor(message({ message: '找到 12 个表格，合计 3.5 万元，全角１２' }))).toBe('text:找到 # 个表格，合计 # 万元，全角#');
  });

  it('do not depend on the line, and differ by rule, file and cell', () => {
    const at = (line: number, over = {}) => message({ key: 'org.staff', line, endLine: line, ...over });
    const [a] = fingerprints('r.txt', [at(3)]);
    expect(fingerprints('r.txt', [at(300)])).toEqual([a]);
    expect(a).toMatch(/^[0-9a-f]{32}:1$/);
    expect(fingerprints('other.txt', [at(3)])).not.toEqual([a]);
    expect(fingerprints('r.txt', [at(3, { ruleId: 'L-AP-3' })])).not.toEqual([a]);
    expect(fingerprints('r.txt', [at(3, { key: 'org.full-time' })])).not.toEqual([a]);
  });
});
