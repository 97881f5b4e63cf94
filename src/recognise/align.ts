/**
 * Ordered alignment of table rows to template items (a weighted longest common
 * subsequence): the same generic label (其他情形数, 被依法纠错数) binds to the item at
 * its place in the template, local extra rows and missing optional rows are skipped.
 */
export function alignInOrder(rowCount: number, itemCount: number, score: (row: number, item: number) => number): Array<[number, number]> {
  const width = itemCount + 1;
  const best = new Float64Array((rowCount + 1) * width);
  for (let r = rowCount - 1; r >= 0; r--) {
    for (let k = itemCount - 1; k >= 0; k--) {
      const s = score(r, k);
      const take = s > 0 ? s + best[(r + 1) * width + k + 1] : 0;
      const skipRow = best[(r + 1) * width + k];
      const skipItem = best[r * width + k + 1];
      best[r * width + k] = Math.max(take, skipRow, skipItem);
    }
  }
  const pairs: Array<[number, number]> = [];
  let r = 0;
  let k = 0;
  while (r < rowCount && k < itemCount) {
    const here = best[r * width + k];
    const s = score(r, k);
    if (s > 0 && here === s + best[(r + 1) * width + k + 1]) {
      pairs.push([r, k]);
      r++;
      k++;
    } else if (here === best[(r + 1) * width + k]) {
      r++;
    } else {
      k++;
    }
  }
  return pairs;
}
