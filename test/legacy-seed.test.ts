import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { lintBytes, lintText, type LintOptions } from '../src/lint-source.js';
import type { FileResult } from '../src/result.js';
import { render } from './helpers/layouts.js';
import { editSeedLine, seedRows, seedText } from './helpers/seed.js';
import { findRow, SEED_EDITS } from './helpers/seed-edits.js';

const options: LintOptions = { lang: 'zh', rules: {} };
const { rows } = seedRows();
const labels = rows.map((r) => r.label);

function at(result: FileResult, ruleId: string) {
  return result.messages.filter((m) => m.ruleId === ruleId).map((m) => ({ severity: m.severity, line: m.line, column: m.column }));
}

describe('the seed report as received', () => {
  it('lints clean and its legacy table is recognised', () => {
    const result = lintText('seed.txt', seedText(), 'text', options);
    expect(result.messages).toEqual([]);
    expect(result.format).toBe('legacy');
    expect(result.recognised).toEqual({ tables: 1, items: 58 });
    expect(result.stats.failed).toBe(0);
    expect(result.stats.passed).toBeGreaterThan(150);
  });

  it('is read as one table of 66 rows with the values at their exact places', () => {
    expect(rows).toHaveLength(65);
    expect(rows[1]).toMatchObject({ value: '190', line: 36, column: 2 });
    expect(rows[rows.length - 1]).toMatchObject({ label: '（三）接受培训人员数', unit: '人次', value: '0', line: 290, column: 2 });
    const budget = rows.find((r) => r.label.startsWith('（四）政府信息公开专项经费'))!;
    expect(budget).toMatchObject({ value: '1.1', line: 274, unit: '万元' });
    expect(budget.label.endsWith('管理及政府网站建设维护等方面的经费）')).toBe(true);
  });
});

describe('single-number edits of the seed', () => {
  for (const edit of SEED_EDITS) {
    const row = rows[findRow(labels, edit.row)];
    const target = rows[findRow(labels, edit.at)];
    it(`${edit.row} → ${edit.value} is ${edit.ruleId} at ${target.line}:${target.column}`, () => {
      const text = editSeedLine(seedText(), row.line, edit.value);
      const result = lintText('seed.txt', text, 'text', options);
      expect(at(result, edit.ruleId)).toContainEqual({ severity: edit.severity, line: target.line, column: target.column });
      // Every finding is about the edited cell: at it, at the total it breaks, or naming it as related.
      for (const m of result.messages) {
        const involved = [m.line, ...(m.related ?? []).map((c) => c.line)];
        expect(involved.includes(row.line) || m.line === target.line).toBe(true);
      }
    });
  }
});

describe('the seed in other encodings and line ends', () => {
  const edit = SEED_EDITS.find((e) => e.ruleId === 'L-ORG-1' && e.row === '2.兼职人员数')!;
  const row = rows[findRow(labels, edit.row)];
  const total = rows[findRow(labels, edit.at)];
  const broken = editSeedLine(seedText(), row.line, edit.value);
  const expected = { severity: 2, line: total.line, column: total.column };

  const variants: Array<[string, (text: string) => Buffer]> = [
    ['GB18030', (t) => iconv.encode(t, 'gb18030')],
    ['UTF-8 with BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
    ['UTF-16LE with BOM', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
    ['UTF-16BE with BOM', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
    ['CRLF line ends', (t) => Buffer.from(t.replace(/\n/g, '\r\n'), 'utf8')],
    ['CR line ends', (t) => Buffer.from(t.replace(/\n/g, '\r'), 'utf8')],
  ];
  for (const [name, encode] of variants) {
    it(`${name}: clean stays clean, the edit is found at the same line:column`, async () => {
      expect((await lintBytes('seed.txt', encode(seedText()), options)).messages).toEqual([]);
      const result = await lintBytes('seed.txt', encode(broken), options);
      expect(at(result, 'L-ORG-1')).toEqual([expected]);
    });
  }

  it('full-width digits are numbers', () => {
    const fullWidth = (t: string) => t.replace(/^(\t)(\d+(?:\.\d+)?)$/gm, (_, tab: string, n: string) => tab + n.replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
    expect(fullWidth(seedText())).toContain('\t１９０\n');
    expect(lintText('seed.txt', fullWidth(seedText()), 'text', options).messages).toEqual([]);
    const result = lintText('seed.txt', fullWidth(broken), 'text', options);
    expect(at(result, 'L-ORG-1')).toEqual([expected]);
  });
});

describe('the seed table rewritten in the other layouts', () => {
  const layouts = [
    ['gfm', 'markdown'],
    ['pipes', 'text'],
    ['columns', 'text'],
  ] as const;
  for (const [layout, kind] of layouts) {
    describe(layout, () => {
      it('clean: recognised, no finding', () => {
        const { text } = render(rows, layout);
        const result = lintText(`seed.${kind === 'markdown' ? 'md' : 'txt'}`, text, kind, options);
        expect(result.messages).toEqual([]);
        expect(result.recognised.items).toBe(58);
      });
      for (const edit of SEED_EDITS) {
        const r = findRow(labels, edit.row);
        const t = findRow(labels, edit.at);
        it(`${edit.row} → ${edit.value} is ${edit.ruleId}`, () => {
          const edited = rows.map((row, i) => (i === r ? { ...row, value: edit.value } : row));
          const { text, positions } = render(edited, layout);
          const result = lintText('seed', text, kind, options);
          expect(at(result, edit.ruleId)).toContainEqual({ severity: edit.severity, ...positions[t] });
        });
      }
    });
  }
});
