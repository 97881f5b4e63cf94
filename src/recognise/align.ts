/**
 * Ordered alignment of table rows to template items (a weighted longest common
 * subsequence): the same generic label (其他情形数, 被依法纠错数) binds to the item at
 * its place in the template, local extra rows and missing optional rows are skipped.
 * `scores[row * itemCount + item]` is how well a row names an item (0: not at all).
 */
export function alignInOrder(rowCount: number, itemCount: number, scores: ArrayLike<number>): Array<[number, number]> {
  const width = itemCount + 1;
  const best = table((rowCount + 1) * width);
  // Past the last row or the last item nothing more can be matched.
  best.fill(0, rowCount * width, (rowCount + 1) * width);
  for (let r = rowCount - 1; r >= 0; r--) {
    best[r * width + itemCount] = 0;
    for (let k = itemCount - 1; k >= 0; k--) {
      const s = scores[r * itemCount + k];
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
    const s = scores[r * itemCount + k];
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

/**
 * One table of partial sums reused by the alignments of this thread: a new one per table and
 * template (tens of kilobytes, zeroed, outside the JS heap) was a tenth of recognising a
 * report. A sum takes each item at most once, so it stays below 256 times the item count:
 * an Int32 holds it. The table of a huge one (a 200,000-row dump) is not kept.
 */
const KEPT_SIZE = 1 << 20;
let scratch = new Int32Array(1 << 14);

function table(size: number): Int32Array {
  if (size <= scratch.length) return scratch;
  if (size > KEPT_SIZE) return new Int32Array(size);
  scratch = new Int32Array(Math.max(size, scratch.length * 2));
  return scratch;
}
