/**
 * A binary min-heap: the smallest item (by `before`) is always at index 0.
 * Stored in a plain array where the children of index i are 2i + 1 and 2i + 2,
 * and the parent of index i is (i - 1) >> 1.
 */
export class BinaryHeap<T> {
  private readonly items: T[] = [];
  private readonly before: (a: T, b: T) => boolean;

  /** `before(a, b)` is true when `a` must come out before `b`. */
  constructor(before: (a: T, b: T) => boolean) {
    this.before = before;
  }

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    this.items.push(item);
    // TODO: sift the new item up: while it must come out before its parent, swap them.
  }

  pop(): T | undefined {
    // TODO: take the root; move the last item to the root and sift it down, swapping it
    // with whichever child must come out first, until neither child must.
    throw new Error("BinaryHeap.pop is not written yet");
  }
}
