import { expect, test } from "vitest";
import { EventHeap } from "../src/event-heap.ts";

test("events come out by virtual time, first-in first-out among equal times", () => {
  const heap = new EventHeap();
  const times = [5, 1, 5, 3, 1, 9, 0, 5];
  times.forEach((time, ticket) => heap.push(time, ticket, true, null));
  const order: number[] = [];
  for (let e = heap.pop(); e; e = heap.pop()) order.push(e.ticket);
  expect(order).toEqual([6, 1, 4, 3, 0, 2, 7, 5]);
  expect(heap.size).toBe(0);
});
