import { detached } from '../detached.js';

/**
 * `pattern.test(text)`, remembered per pattern and text. For the short texts the claim reader
 * tests again and again (the twelve characters before a number, the words of its clause: 全年新收
 * 政府信息公开申请 in report after report), where a joint pattern of a dozen alternatives cost
 * ~320 ns a test and a lookup ~80 ns. `pattern` must be neither global nor sticky (its test
 * then depends on the text alone). Bounded: a pattern's texts are forgotten past MAX_TEXTS.
 */
export function testMemoised(pattern: RegExp, text: string): boolean {
  if (pattern.global || pattern.sticky) return pattern.test(text);
  let known = results.get(pattern);
  if (!known) results.set(pattern, (known = new Map()));
  let result = known.get(text);
  if (result === undefined) {
    result = pattern.test(text);
    if (known.size >= MAX_TEXTS) known.clear();
    // Detached: a slice of a paragraph kept as a key would keep the report's text alive.
    known.set(detached(text), result);
  }
  return result;
}

const results = new WeakMap<RegExp, Map<string, boolean>>();
const MAX_TEXTS = 50_000;
