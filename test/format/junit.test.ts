import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttr, escapeXmlText } from '../../src/format/escape-xml.js';
import { formatJunit } from '../../src/format/junit.js';
import { brokenLegacy, context, message, result } from './results.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parses with a strict XML 1.0 parser (saxes rejects ill-formed XML and forbidden characters). */
function parseXml(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const el: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [] };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => (stack.at(-1)!.text += t));
  parser.on('closetag', () => stack.pop());
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return root.children[0];
}

const find = (el: Element, name: string): Element[] => el.children.filter((c) => c.name === name);

describe('junit format', () => {
  it('has one testsuite per file and a failing testcase per finding of broken.txt', async () => {
    const results = await brokenLegacy();
    const xml = formatJunit(results, context());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="disclosure-lint" tests="5" failures="5" errors="0" skipped="0">\n')).toBe(true);
    const root = parseXml(xml);
    const [suite] = find(root, 'testsuite');
    expect(suite.attributes).toEqual({ name: 'examples/legacy/broken.txt', tests: '5', failures: '5', errors: '0', skipped: '0' });
    const props = Object.fromEntries(find(find(suite, 'properties')[0], 'property').map((p) => [p.attributes.name, p.attributes.value]));
    expect(props).toEqual({
      'disclosure-lint.version': '9.8.7',
      format: 'legacy',
      // The number of checks grows with the packs; the file's own counts are what must appear.
      'checks.run': String(results[0].stats.run),
      'checks.passed': String(results[0].stats.run - 5),
      'checks.failed': '5',
      'checks.unevaluated': '0',
    });
    const cases = find(suite, 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual(['L-CH-2 32:2', 'L-RJ-1 85:2', 'L-AP-3 113:2', 'L-RV-1 205:2', 'L-ORG-1 257:2']);
    const staff = cases[4];
    expect(staff.attributes).toEqual({ classname: 'examples/legacy/broken.txt', name: 'L-ORG-1 257:2', file: 'examples/legacy/broken.txt', line: '257' });
    const [failure] = find(staff, 'failure');
    expect(failure.attributes).toEqual({
      type: 'L-ORG-1',
      message: '从事政府信息公开工作人员数 5 ≠ 专职人员数 2 + 兼职人员数 4 = 6，差 1（应满足：从事政府信息公开工作人员数＝专职＋兼职）',
    });
    expect(failure.text).toBe(
      'examples/legacy/broken.txt:257:2 error L-ORG-1\n' +
        '从事政府信息公开工作人员数 5 ≠ 专职人员数 2 + 兼职人员数 4 = 6，差 1（应满足：从事政府信息公开工作人员数＝专职＋兼职）\n' +
        '  examples/legacy/broken.txt:262:2 专职人员数 2\n' +
        '  examples/legacy/broken.txt:266:2 兼职人员数 4',
    );
  });

  it('stays well-formed XML 1.0 whatever the report text holds, and keeps the text', () => {
    const nasty = 'a<b>&"c\' \u0000\u0001\u000b\u001b[31m \ud800 \uffff tab\tline\nCR\r]]>';
    const xml = formatJunit([result('x&y<z>.txt', [message({ message: nasty, severity: 1 })])], context());
    const suite = find(parseXml(xml), 'testsuite')[0];
    expect(suite.attributes.name).toBe('x&y<z>.txt');
    const [failure] = find(find(suite, 'testcase')[0], 'failure');
    const shown = 'a<b>&"c\' \\u0000\\u0001\\u000b\\u001b[31m \ufffd \\uffff tab\tline\nCR\r]]>';
    expect(failure.attributes.message).toBe(shown);
    expect(failure.text).toBe(`x&y<z>.txt:3:2 warning L-ORG-1\n${shown}`);
    expect(escapeXmlText('<&>\r')).toBe('&lt;&amp;&gt;&#13;');
    expect(escapeXmlAttr('"\t\n')).toBe('&quot;&#9;&#10;');
  });

  it('reports a clean file as a passing testcase, an unreadable one as an error, a silenced finding as skipped', () => {
    const fatal = message({ ruleId: 'file-unreadable', message: '无法读取文件：ENOENT', line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true });
    const silenced = { ...message({ ruleId: 'L-AP-3' }), suppressions: [{ kind: 'directive', justification: '原表如此' }] };
    const xml = formatJunit([result('clean.txt', [], { suppressedMessages: [silenced] }), result('gone.txt', [fatal], { format: 'unknown' })], context());
    const root = parseXml(xml);
    expect(root.attributes).toEqual({ name: 'disclosure-lint', tests: '3', failures: '0', errors: '1', skipped: '1' });
    const [clean, gone] = find(root, 'testsuite');
    expect(clean.attributes).toMatchObject({ tests: '2', failures: '0', errors: '0', skipped: '1' });
    const [skippedCase, passing] = find(clean, 'testcase');
    expect(find(skippedCase, 'skipped')[0].attributes).toEqual({ message: '原表如此' });
    expect(passing).toEqual({ name: 'testcase', attributes: { classname: 'clean.txt', name: '未发现问题', file: 'clean.txt' }, text: '', children: [] });
    expect(find(find(gone, 'testcase')[0], 'error')[0].attributes).toEqual({ type: 'file-unreadable', message: '无法读取文件：ENOENT' });
  });
});
