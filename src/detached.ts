/**
 * A copy of `s` that does not keep alive the string it was cut from. V8 makes a substring of 13
 * or more characters a view into its parent: stored in a table that outlives the report (a memo,
 * an intern table), one label would keep that report's whole text in memory, and a run's memory
 * would grow with the number of files.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : [...s].join('');
}
