import { ruleExamples } from './examples.js';

/** The rule page's examples section (nothing when the rule has no examples yet). */
export function exampleSection(id: string): string[] {
  const ex = ruleExamples().get(id);
  if (!ex) return [];
  const fence = ex.kind === 'markdown' ? 'md' : 'text';
  const block = (text: string) => ['```' + fence, ...text.replace(/\n$/, '').split('\n'), '```'];
  return [
    '## 示例 / Examples',
    '',
    `不通过 / Failing — 报告于 / reported at ${ex.failing.at.join(', ')}:`,
    '',
    ...block(ex.failing.text),
    '',
    '通过 / Passing:',
    '',
    ...block(ex.passing.text),
    '',
  ];
}
