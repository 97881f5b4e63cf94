import { describe, expect, it } from 'vitest';
import { endOffsetOf, isVerbatimText, PositionedElement, PositionedText, startOffsetOf } from '../../src/extract/html-position.js';
import { strictTree } from '../../src/extract/html-strict.js';

describe('nodes of the fast HTML trees', () => {
  it('are their own positions, read as any node position is', () => {
    const text = new PositionedText('38', 10, 12, true);
    expect(text.position).toBe(text);
    expect([startOffsetOf(text.position), endOffsetOf(text.position)]).toEqual([10, 12]);
    expect(text.position.start).toEqual({ line: 0, column: 0, offset: 10 });
    expect(text.position.end).toEqual({ line: 0, column: 0, offset: 12 });
    expect(isVerbatimText('38', text.position, 10, 12, '')).toBe(true);
    const reference = new PositionedText('\u00a0', 5, 11, false);
    expect(isVerbatimText('\u00a0', reference.position, 5, 11, '     &nbsp;')).toBe(false);

    const cell = new PositionedElement('td', {}, 4);
    expect(cell).toMatchObject({ type: 'element', tagName: 'td', children: [] });
    expect([startOffsetOf(cell.position), endOffsetOf(cell.position)]).toEqual([4, 4]);
  });

  it('span the page as written: an element to the end of its end tag, a text node its run', () => {
    const page = '<p>共<b>38</b>件</p>';
    const p = strictTree(page)!.root.children[0] as PositionedElement;
    expect(page.slice(startOffsetOf(p.position), endOffsetOf(p.position))).toBe(page);
    const b = p.children[1] as PositionedElement;
    expect(page.slice(startOffsetOf(b.position), endOffsetOf(b.position))).toBe('<b>38</b>');
    const n = b.children[0] as PositionedText;
    expect([n.value, page.slice(startOffsetOf(n.position), endOffsetOf(n.position))]).toEqual(['38', '38']);
  });
});
