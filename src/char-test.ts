/** Whether a UTF-16 code unit is one of a class of characters; false past the end of a text (NaN). */
export type CharTest = (code: number) => boolean;

/**
 * The test a one-character pattern (`[，,、；;]` of the narrative policy, `\s`) makes, by code
 * unit: the pattern is run once per distinct character and the answer kept in a table. The
 * readers walk text character by character; a regex test on `text[i]` made a string and ran the
 * regex engine for each character, which was a large share of the time spent reading a report.
 */
export function charTest(pattern: RegExp): CharTest {
  // 0 not asked yet, 1 no, 2 yes.
  const known = new Uint8Array(0x10000);
  return (code) => {
    let k = known[code];
    if (k === undefined) return false;
    if (k === 0) known[code] = k = pattern.test(String.fromCharCode(code)) ? 2 : 1;
    return k === 2;
  };
}

/** `\s` as the policy's patterns mean it (with the u flag). */
export const isWhiteSpace = charTest(/\s/u);
