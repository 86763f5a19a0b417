// A queue holds at most limits.queueLength messages, and bodies are capped: a producer in an
// endless loop gets "queue full" instead of filling the host's memory.
import { expect, it } from "vitest";
import { createQueue, QUEUE_BODY_MAX_CHARS } from "./queue.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";

it("refuses sends past limits.queueLength with queue full, and accepts again after acks", () => {
  const queue = createQueue({ limits: { ...TEST_LIMITS, queueLength: 3 }, deps: manualClock() });
  const run = (op: string, ...args: unknown[]) => queue.call(op, args, "learner").value;
  for (let i = 0; i < 3; i++) run("send", "jobs", i);
  expect(() => run("send", "jobs", 3)).toThrow('queue full: "jobs" holds 3 messages, the limit');
  expect(run("send", "other", "fine")).toEqual({ id: "msg-4" });
  run("receive", "jobs");
  run("ack", "jobs", "msg-1");
  expect(run("send", "jobs", "room again")).toEqual({ id: "msg-5" });
});

it("refuses a body larger than the body cap", () => {
  const queue = createQueue({ limits: TEST_LIMITS, deps: manualClock() });
  expect(() => queue.call("send", ["jobs", "x".repeat(QUEUE_BODY_MAX_CHARS)], "learner")).toThrow(
    /body is too large/,
  );
  expect(
    queue.call("send", ["jobs", "x".repeat(QUEUE_BODY_MAX_CHARS - 2)], "learner").value,
  ).toEqual({ id: "msg-1" });
});

it("caps the number of queues", () => {
  const queue = createQueue({ limits: TEST_LIMITS, deps: manualClock() });
  expect(() => {
    for (let i = 0; i < 1000; i++) queue.call("send", [`q${i}`, i], "learner");
  }).toThrow(/queue full: at most 100 queues/);
});
