/**
 * Node builds `process.allowedNodeEnvironmentFlags` the first time it is read: a subclass of
 * Set, and making it invalidates what V8's optimised code assumed of Set and Map, so every
 * optimised function that uses one is thrown away and compiled again (eleven of the hottest
 * here: tableViewOf, bindColumns, readClaims...). Something reads it when `node:process` is
 * first imported as an ES module (its facade reads every property of process), which vfile
 * does: it comes with the first HTML report, or Markdown that needs remark, in the middle of
 * a run. Read here, when the linter loads and nothing is optimised yet.
 */
void process.allowedNodeEnvironmentFlags;
