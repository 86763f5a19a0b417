import { test, expect } from "@pillars/test";
import { createRecentBuffer } from "@pillars/learner";

function refused(fn: () => unknown): boolean {
  try {
    fn();
  } catch (error) {
    return error instanceof RangeError;
  }
  return false;
}

test("before it is full, latest() returns everything pushed, newest first", () => {
  const errors = createRecentBuffer(5);
  errors.push({ code: "card_declined", orderId: 1041 });
  errors.push({ code: "timeout", orderId: 1042 });
  expect(errors.latest(), "latest() after two pushes into a buffer of 5").toEqual([
    { code: "timeout", orderId: 1042 },
    { code: "card_declined", orderId: 1041 },
  ]);
  expect(errors.size(), "size() after two pushes").toBe(2);
  expect(errors.dropped(), "dropped() before the buffer is full").toBe(0);
});

test("latest(limit) returns at most limit items, and never more than it holds", () => {
  const errors = createRecentBuffer(4);
  for (let i = 1; i <= 6; i++) errors.push(i);
  expect(errors.latest(2), "latest(2) after pushing 1..6 into a buffer of 4").toEqual([6, 5]);
  expect(errors.latest(10), "latest(10) from a buffer holding 4").toEqual([6, 5, 4, 3]);
  expect(errors.latest(0), "latest(0)").toEqual([]);
});

test("wraps around many times and stays in order", () => {
  const errors = createRecentBuffer(3);
  for (let i = 1; i <= 1_000; i++) errors.push(i);
  expect(errors.latest(), "latest() after pushing 1..1000 into a buffer of 3").toEqual([
    1000, 999, 998,
  ]);
  expect(errors.size(), "size() of a full buffer of 3").toBe(3);
  expect(errors.dropped(), "items overwritten out of 1000 pushes").toBe(997);
});

test("a buffer of capacity 1 always holds the last item", () => {
  const errors = createRecentBuffer(1);
  errors.push("first");
  errors.push("second");
  expect(errors.latest(), "latest() of a buffer of 1").toEqual(["second"]);
  expect(errors.dropped(), "items overwritten").toBe(1);
});

test("rejects a capacity or a limit that is not a proper integer", () => {
  for (const bad of [0, -3, 1.5, Number.NaN]) {
    expect(
      refused(() => createRecentBuffer(bad)),
      `createRecentBuffer(${bad}) throws a RangeError`,
    ).toBe(true);
  }
  const errors = createRecentBuffer(3);
  errors.push("E1");
  for (const bad of [-1, 2.5]) {
    expect(
      refused(() => errors.latest(bad)),
      `latest(${bad}) throws a RangeError`,
    ).toBe(true);
  }
});
