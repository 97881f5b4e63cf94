/**
 * Lists of strings by number, for records that would otherwise each repeat the same list: the
 * keys and labels of a report's facts are the same few hundred strings for every report of a
 * format (src/report-facts.ts shares one array between them), so a spilled record names its
 * list instead of carrying it. Bounded: past `limit` distinct lists (a run of reports that share
 * none) a list is not given a number and the record keeps it itself.
 */
export class ListTable {
  private readonly byArray = new Map<string[], number>();
  private readonly byContent = new Map<string, number>();
  private readonly lists: string[][] = [];

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /** The list's number, or the list itself when the table is full. */
  ref(list: string[]): number | string[] {
    // Reports of a format share one array: found by identity without reading it.
    const known = this.byArray.get(list);
    if (known !== undefined) return known;
    const content = contentKey(list);
    let id = this.byContent.get(content);
    if (id === undefined) {
      if (this.lists.length >= this.limit) return list;
      id = this.lists.length;
      this.lists.push(list);
      this.byContent.set(content, id);
    }
    if (this.byArray.size < this.limit) this.byArray.set(list, id);
    return id;
  }

  /** The list a ref stands for. */
  list(ref: number | string[]): string[] {
    if (typeof ref !== 'number') return ref;
    const list = this.lists[ref];
    if (list === undefined) throw new Error(`list table: no list ${ref}`);
    return list;
  }

  get size(): number {
    return this.lists.length;
  }
}

/** Distinct lists of a run: one or two per format and table shape. */
const DEFAULT_LIMIT = 256;

/** One string per content, each item after its length, so that no two different lists make one key. */
function contentKey(list: string[]): string {
  let key = '';
  for (const s of list) key += `${s.length}:${s}`;
  return key;
}
