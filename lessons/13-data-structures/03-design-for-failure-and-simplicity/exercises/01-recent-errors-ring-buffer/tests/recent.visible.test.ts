import { test, expect } from "@pillars/test";
import { createRecentBuffer } from "@pillars/learner";

test("keeps the newest items, newest first, once the buffer wraps around", () => {
  const errors = createRecentBuffer(3);
  for (const code of ["E1", "E2", "E3", "E4", "E5"]) errors.push(code);
  expect(errors.latest(), "latest() after pushing E1..E5 into a buffer of 3").toEqual([
    "E5",
    "E4",
    "E3",
  ]);
  expect(errors.dropped(), "items overwritten (E1 and E2)").toBe(2);
});
