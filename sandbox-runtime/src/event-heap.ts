// The virtual event loop's queue: events ordered by virtual time, FIFO among equal times
// (a sequence number breaks ties), so a run is deterministic.

export interface VirtualEvent {
  time: number;
  seq: number;
  ticket: number;
  ok: boolean;
  value: unknown;
}

export class EventHeap {
  readonly #items: VirtualEvent[] = [];
  #seq = 0;

  get size(): number {
    return this.#items.length;
  }

  push(time: number, ticket: number, ok: boolean, value: unknown): void {
    const items = this.#items;
    items.push({ time, seq: this.#seq++, ticket, ok, value });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  /** Drops the events `drop` names (cancelled timers) and restores the heap order, in O(n). */
  remove(drop: (event: VirtualEvent) => boolean): void {
    const kept = this.#items.filter((e) => !drop(e));
    this.#items.length = 0;
    // Sorted by (time, seq) is a valid min-heap.
    this.#items.push(...kept.sort((a, b) => (before(a, b) ? -1 : 1)));
  }

  pop(): VirtualEvent | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < items.length && before(items[left]!, items[smallest]!)) smallest = left;
      if (right < items.length && before(items[right]!, items[smallest]!)) smallest = right;
      if (smallest === i) break;
      [items[i], items[smallest]] = [items[smallest]!, items[i]!];
      i = smallest;
    }
    return top;
  }
}

function before(a: VirtualEvent, b: VirtualEvent): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}
