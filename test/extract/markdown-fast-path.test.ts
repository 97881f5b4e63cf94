import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { simpleTree, skeleton } from '../../src/extract/markdown.js';
import { SourceText } from '../../src/source-text.js';
import { ROOT } from '../helpers/cli.js';

/** What extractMarkdown reads of a top-level node. */
const shape = (tree: Root) => tree.children.map((n) => `${n.type} ${n.position!.start.line}:${n.position!.start.column}-${n.position!.end.line}`);
const remark = (text: string) => unified().use(remarkParse).parse(text) as Root;

const markdownFiles = ['examples/legacy', 'examples/2021', 'examples/2019']
  .flatMap((dir) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, dir, f)))
  .filter((f) => !f.endsWith('README.md'));

describe('Markdown skeletons read without remark', () => {
  it.each(markdownFiles.map((f) => [path.relative(ROOT, f), f]))('%s: the same top-level blocks as remark', (_name, file) => {
    const sk = skeleton(new SourceText(readFileSync(file, 'utf8')));
    const fast = simpleTree(sk.text);
    expect(fast, 'the example reports have only headings and prose at top level').toBeDefined();
    expect(shape(fast!)).toEqual(shape(remark(sk.text)));
  });

  it.each([
    ['headings, indented up to three spaces, empty, closed', '# a\nx\n   ## b\n\nx\n#\nx\n###### c ##\nx\nx\n'],
    ['one-character lines next to a run', 'x\nx\n\nx\n# h\nx\n'],
  ])('%s: the same blocks as remark', (_name, text) => {
    expect(shape(simpleTree(text)!)).toEqual(shape(remark(text)));
  });

  it.each([
    ['a list', '# a\n- item\nx\n'],
    ['an ordered list', '1. item\n'],
    ['a setext underline', 'x\n===\n'],
    ['seven #', '####### x\n'],
    ['no space after #', '#5号文件\n'],
    ['four spaces of indent', '    # code\n'],
    ['a fence', '```\nx\n```\n'],
    ['HTML', '<div>\nx\n</div>\n'],
  ])('leaves %s to remark', (_name, text) => {
    expect(simpleTree(text)).toBeUndefined();
  });
});
