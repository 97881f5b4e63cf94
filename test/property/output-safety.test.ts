import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import rehypeParse from 'rehype-parse';
import { SaxesParser } from 'saxes';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { FORMATTERS, type FormatContext, type Formatter } from '../../src/format/index.js';
import { formatGithub } from '../../src/format/github.js';
import { fileResult, type FileResult, type LintMessage } from '../../src/result.js';
import { ROOT } from '../helpers/cli.js';
import { context } from '../format/results.js';
import { params } from './budget.js';
import { hostile, LONE_SURROGATE, RAW_CONTROL } from './hostile.js';

/** A formatter's whole output (the command line writes it piece by piece). */
const formatted = (f: Formatter, rs: FileResult[], ctx: FormatContext) => [...f(rs, ctx)].join('');

/** Findings whose every piece of report text is hostile: message, file name, location, related cells. */
const message: fc.Arbitrary<LintMessage> = fc
  .record({ severity: fc.constantFrom(1 as const, 2 as const), text: hostile, label: hostile, value: hostile, where: hostile, line: fc.integer({ min: 1, max: 999 }), column: fc.integer({ min: 1, max: 99 }) })
  .map(({ severity, text, label, value, where, line, column }) => ({
    ruleId: severity === 2 ? 'L-AP-3' : 'L-CH-3',
    severity,
    message: text,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    key: 'req.received',
    related: [{ key: 'req.fax', label, value, line, column, endLine: line, endColumn: column + 2 }],
    location: { unit: 'docx', paragraph: 3, text: where },
  }));

const results: fc.Arbitrary<FileResult[]> = fc.array(
  fc.tuple(hostile, fc.array(message, { maxLength: 14 })).map(([name, messages]) => fileResult(path.join(ROOT, `r${name}.txt`), messages, { format: 'legacy' })),
  { minLength: 1, maxLength: 3 },
);

const ctx = context();
// The official OASIS schema (draft-04), as test/format/sarif.test.ts uses it.
const sarifAjv = new AjvDraft04.default({ allErrors: true });
ajvFormats.default(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')));
const findings = (rs: FileResult[]) => rs.reduce((n, r) => n + r.messages.length, 0);

/** How the Actions runner reads a line: a command if, after leading spaces, it starts with `::` and has a second `::`. */
const isCommand = (line: string) => /^::[^:]*?( [^:]*)?::/.test(line.trimStart()) || line.trimStart().startsWith('::');

describe('output safety: report text cannot act in any format', () => {
  it('stylish shows control characters escaped: none reaches the terminal raw, one line per finding', () => {
    fc.assert(
      fc.property(results, (rs) => {
        const out = formatted(FORMATTERS.stylish, rs, ctx);
        expect(out.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
        const shown = rs.filter((r) => r.messages.length > 0);
        // A header and a blank line per file with findings, a line per finding, the totals, the summary.
        expect(out.split('\n').length).toBe(shown.length * 2 + findings(rs) + 3);
        // With colour, the only escape sequences are chalk's own SGR codes.
        const coloured = formatted(FORMATTERS.stylish, rs, { ...ctx, color: true });
        expect(coloured.replace(/\u001b\[\d+(;\d+)*m/g, '').replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
      }),
      params(150),
    );
  });

  it('github emits exactly one command line per annotated finding and no other command', () => {
    fc.assert(
      fc.property(results, (rs) => {
        const lines = formatGithub(rs, ctx).trimEnd().split('\n');
        const groups = rs.filter((r) => r.messages.length > 0).length;
        const overflow = lines.at(-1)!.startsWith('::notice ') ? 1 : 0;
        expect(lines).toHaveLength(2 + 2 * groups + findings(rs) + overflow);
        const commands = lines.filter(isCommand);
        const annotations = commands.filter((l) => /^::(error|warning) /.test(l));
        expect(annotations.length).toBe(Math.min(10, rs.flatMap((r) => r.messages).filter((m) => m.severity === 2).length) + Math.min(10, rs.flatMap((r) => r.messages).filter((m) => m.severity === 1).length));
        expect(commands.length).toBe(2 + 2 * groups + annotations.length + overflow);
        // TAB does nothing in a log; every other control character is escaped or percent-encoded.
        for (const l of lines) expect(l.replace(/\t/g, ' ')).not.toMatch(RAW_CONTROL);
      }),
      params(150),
    );
  });

  it('json and sarif are valid JSON that reads back the same text, lone surrogates included', () => {
    fc.assert(
      fc.property(results, (rs) => {
        const json = formatted(FORMATTERS.json, rs, ctx);
        // Written as UTF-8, a lone surrogate would be lost: JSON.stringify escapes them (\ud800).
        expect(json).not.toMatch(LONE_SURROGATE);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(rs)));
        expect(JSON.parse(json).map((r: FileResult) => r.messages.map((m) => m.message))).toEqual(rs.map((r) => r.messages.map((m) => m.message)));
        const sarif = formatted(FORMATTERS.sarif, rs, ctx);
        expect(sarif).not.toMatch(LONE_SURROGATE);
        const log = JSON.parse(sarif);
        expect(log.runs[0].results).toHaveLength(findings(rs));
        expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
      }),
      params(150),
    );
  });

  it('junit is well-formed XML 1.0 whatever the labels hold', () => {
    fc.assert(
      fc.property(results, (rs) => {
        const parser = new SaxesParser();
        let failures = 0;
        parser.on('opentag', (t) => {
          if (t.name === 'failure') failures++;
        });
        parser.write(formatted(FORMATTERS.junit, rs, ctx)).close();
        expect(failures).toBe(findings(rs));
      }),
      params(150),
    );
  });

  it('markdown keeps each finding on one table row and shows markup as text', () => {
    fc.assert(
      fc.property(results, (rs) => {
        const out = formatted(FORMATTERS.markdown, rs, ctx);
        expect(out).not.toContain('<x-evil');
        expect(out).not.toMatch(RAW_CONTROL);
        const rows = out.split('\n').filter((l) => /^\| .*:\d+:\d+ \| /.test(l));
        expect(rows).toHaveLength(findings(rs));
      }),
      params(150),
    );
  });

  it('html escapes everything: no injected element or attribute appears in the page', () => {
    const parse = unified().use(rehypeParse);
    fc.assert(
      fc.property(results, (rs) => {
        const out = formatted(FORMATTERS.html, rs, ctx);
        const names: string[] = [];
        const walk = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
          if (node.type === 'element') {
            names.push(node.tagName!);
            for (const p of Object.keys(node.properties ?? {})) if (/^on/i.test(p)) names.push(`@${p}`);
          }
          for (const c of node.children ?? []) walk(c as typeof node);
        };
        walk(parse.parse(out) as never);
        expect(names.filter((n) => n === 'x-evil' || n.startsWith('@'))).toEqual([]);
        expect(names.filter((n) => n === 'script')).toHaveLength(1);
      }),
      params(100),
    );
  });
});

describe('output safety: a report carrying hostile text, linted and printed', () => {
  it('stylish (code frames of the source lines included) and github print none of it raw', async () => {
    const { lintText } = await import('../../src/lint-source.js');
    const { model2021, styled } = await import('./arbitraries.js');
    const { render } = await import('./render.js');
    let framed = 0;
    fc.assert(
      fc.property(styled(model2021), hostile, fc.nat(), (m, evil, pick) => {
        // Break table 三's first sum, put the hostile text in a cell of its own at the start of
        // that row (where the code frame shows it) and at the end of another line.
        const r = render({ ...m, values: new Map(m.values).set('t3.granted.np', m.values.get('t3.granted.np')! + 1) }, 'pipes');
        const lines = r.text.split('\n');
        const at = r.at.get('t3.granted.np')!.line - 1;
        lines[at] = `${evil.replace(/[\r\n|]/g, '')} | ${lines[at]}`;
        lines[pick % lines.length] += evil;
        const result = lintText('hostile.txt', lines.join('\n'), 'text', { lang: 'zh', rules: {} });
        const out = formatted(FORMATTERS.stylish, [result], ctx);
        if (out.includes('│')) framed++;
        expect(out.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
        for (const l of formatGithub([result], ctx).split('\n')) expect(l.replace(/\t/g, ' ')).not.toMatch(RAW_CONTROL);
      }),
      params(60),
    );
    expect(framed).toBeGreaterThan(0);
  });
});
