import fc from 'fast-check';
import type { Text } from 'hast';
import { describe, expect, it } from 'vitest';
import { OffsetPosition } from '../../src/extract/html-position.js';
import { strictTree } from '../../src/extract/html-strict.js';
import { htmlparser2Tree } from '../../src/extract/html-tree.js';
import { TextCollector } from '../../src/extract/html-text.js';
import { params } from '../property/budget.js';

const node = (value: string, start: number): Text => ({
  type: 'text',
  value,
  position: { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: start + value.length } },
});

const collected = (source: string, nodes: Text[]) => {
  const collector = new TextCollector();
  for (const n of nodes) collector.addText(n, source);
  const mapped = collector.finish();
  return { text: mapped.text, start: mapped.start, end: mapped.end, ...mapped.offsets() };
};

describe('TextCollector', () => {
  it('gives one text node as it gives the same text in two nodes (the quick way for a plain run, the general one)', () => {
    const unit = fc.constantFrom('申', '请', '3', '8', 'a', ' ', '\n', '\t', '\u00a0', '\u3000', '、', '𠀀', '“');
    fc.assert(
      // Up to 48 units: runs past 32 are tested for white space by a pattern, shorter ones by a loop.
      fc.property(fc.array(unit, { minLength: 1, maxLength: 48 }), fc.nat(5), fc.nat(48), (units, lead, cut) => {
        const value = units.join('');
        const at = Math.min(cut, value.length);
        const source = `${'<b>'.repeat(lead)}${value}`;
        const start = 3 * lead;
        const whole = collected(source, [node(value, start)]);
        const halves = collected(source, [node(value.slice(0, at), start), node(value.slice(at), start + at)].filter((n) => n.value !== ''));
        expect(whole).toEqual(halves);
      }),
      params(500),
    );
  });

  it('tells a long run with any one of HTML\'s white space characters from a plain run', () => {
    for (const space of [' ', '\t', '\n', '\r', '\f']) {
      for (const at of [0, 20, 39]) {
        const value = `${'申请'.repeat(20).slice(0, at)}${space}${'申请'.repeat(20).slice(at)}`;
        const source = `<p>${value}</p>`;
        const whole = collected(source, [node(value, 3)]);
        const halves = collected(source, [node(value.slice(0, 10), 3), node(value.slice(10), 13)]);
        expect(whole, JSON.stringify(space)).toEqual(halves);
      }
    }
  });

  it('leaves out white space before the first text: still unused, and the text as it was', () => {
    const source = '<p>\n  共收到申请12件</p>';
    const blank = new TextCollector();
    blank.addText(node('\n  ', 3), source);
    expect(blank.isUnused).toBe(true);
    expect(collected(source, [node('\n  ', 3), node('共收到申请12件', 6)])).toEqual(collected(source, [node('\n  共收到申请12件', 3)]));
    // After a text or a break, white space is the gap it is.
    expect(collected(source, [node('共收到', 6), node('\n  ', 3), node('申请', 9)]).text).toBe('共收到申请');
    expect(collected('a b', [node('a', 0), node(' ', 1), node('b', 2)]).text).toBe('a b');
  });

  it('maps a plain run to its source, unit by unit', () => {
    expect(collected('<td>自然人</td>', [node('自然人', 4)])).toEqual({ text: '自然人', start: 4, end: 7, starts: [4, 5, 6], ends: [5, 6, 7] });
    expect(collected('<td> 38 件</td>', [node(' 38 件', 4)])).toMatchObject({ text: '38 件', start: 5, end: 9 });
  });

  it('compares a node without the verbatim mark with the page (a reference; parse5 positions)', () => {
    const reference: Text = { type: 'text', value: '\u00a0', position: new OffsetPosition(4, 10, false) };
    expect(collected('<td>&nbsp;38</td>', [reference, node('38', 10)])).toEqual({ text: '38', start: 10, end: 12, starts: [10, 11], ends: [11, 12] });
  });
});

describe('OffsetPosition.verbatim', () => {
  const texts = (root: { children: unknown[] } | undefined): Text[] => {
    const out: Text[] = [];
    const walk = (n: { type?: string; children?: unknown[] }) => {
      if (n.type === 'text') out.push(n as Text);
      for (const c of n.children ?? []) walk(c as { type?: string; children?: unknown[] });
    };
    if (root) walk(root);
    return out;
  };

  it('is set on the runs between tags and references, not on a reference, by both fast readers alike', () => {
    const page = '<p>收到&nbsp;<b>38</b>件&ldquo;好&rdquo;</p>';
    for (const root of [strictTree(page)?.root, htmlparser2Tree(page)]) {
      expect(texts(root).map((t) => [t.value, (t.position as OffsetPosition).verbatim])).toEqual([
        ['收到', true], ['\u00a0', false], ['38', true], ['件', true], ['\u201c', false], ['好', true], ['\u201d', false],
      ]);
    }
  });
});
