import { describe, expect, it } from "vitest";
import { QueueFullError, createBoundedQueue } from "./queue.ts";
import type { QueueState } from "./queue.ts";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("createBoundedQueue", () => {
  it("runs up to `concurrency` at once, queues `capacity` more in order, refuses the rest", async () => {
    const states: QueueState[] = [];
    const queue = createBoundedQueue({
      concurrency: 2,
      capacity: 1,
      onChange: (s) => states.push(s),
    });
    const gates = [deferred<string>(), deferred<string>(), deferred<string>()];
    const started: number[] = [];
    const runs = gates.map((gate, i) =>
      queue.run(async () => {
        started.push(i);
        return gate.promise;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(queue.state()).toEqual({ active: 2, waiting: 1 });
    await expect(queue.run(async () => "x")).rejects.toBeInstanceOf(QueueFullError);

    gates[0]!.resolve("a");
    expect(await runs[0]).toBe("a");
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    expect(queue.state()).toEqual({ active: 2, waiting: 0 });
    gates[1]!.resolve("b");
    gates[2]!.resolve("c");
    expect(await Promise.all(runs)).toEqual(["a", "b", "c"]);
    expect(queue.state()).toEqual({ active: 0, waiting: 0 });
    expect(states.at(-1)).toEqual({ active: 0, waiting: 0 });
    expect(Math.max(...states.map((s) => s.waiting))).toBe(1);
  });

  it("frees the slot when a task fails", async () => {
    const queue = createBoundedQueue({ concurrency: 1, capacity: 0 });
    await expect(queue.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await queue.run(async () => 42)).toBe(42);
  });
});
