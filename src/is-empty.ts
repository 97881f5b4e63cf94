/**
 * Whether an object has no enumerable property of its own, without listing them. Asked of a
 * configuration's records for every report: the arrays Object.entries made there had a hidden
 * class V8 made anew once another module had loaded (the HTML reader), and the optimised code
 * that had seen the old one was thrown away at the first report after it.
 */
export function isEmpty(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return false;
  return true;
}
