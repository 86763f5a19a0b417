import { expect, it } from "vitest";
import { LATENCY } from "./latency.ts";
import { createQueue } from "./queue.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";

function open(seed?: Record<string, unknown[]>) {
  const clock = manualClock();
  const queue = createQueue({ seed, limits: TEST_LIMITS, deps: clock });
  const run = (op: string, ...args: unknown[]) => queue.call(op, args, "learner").value as never;
  const test = (op: string, ...args: unknown[]) => queue.call(op, args, "test").value as never;
  return { queue, clock, run, test };
}
type Msg = { id: string; body: unknown; attempts: number; sentAt: number };
const START = Date.UTC(2026, 0, 1);

it("sends and receives in order with deterministic ids, and acks", () => {
  const { run, queue } = open();
  expect(queue.call("send", ["jobs", { n: 1 }], "learner")).toEqual({
    value: { id: "msg-1" },
    latencyMs: LATENCY.queue,
    detail: "jobs msg-1",
  });
  run("send", "jobs", { n: 2 });
  run("send", "other", "x");
  const got: Msg[] = run("receive", "jobs", { max: 10 });
  expect(got).toEqual([
    { id: "msg-1", body: { n: 1 }, attempts: 1, sentAt: START },
    { id: "msg-2", body: { n: 2 }, attempts: 1, sentAt: START },
  ]);
  expect(run("size", "jobs")).toBe(2); // received but not acked: still there, invisible
  expect(run("receive", "jobs")).toEqual([]);
  run("ack", "jobs", "msg-1");
  run("ack", "jobs", "msg-2");
  expect(run("size", "jobs")).toBe(0);
  expect(() => run("ack", "jobs", "msg-1")).toThrow(/not waiting for an ack/);
  expect(() => run("ack", "other", "msg-3")).toThrow(/never received/);
});

it("hands out copies: changing a received body changes nothing in the queue", () => {
  const { run, test } = open();
  run("send", "jobs", { list: [1] });
  const [m] = run("receive", "jobs") as Msg[];
  (m!.body as { list: number[] }).list.push(2);
  expect((test("peek", "jobs") as Msg[])[0]!.body).toEqual({ list: [1] });
});

it("keeps delayed messages invisible until their time", () => {
  const { run, clock } = open();
  run("send", "jobs", "later", { delayMs: 1000 });
  expect(run("receive", "jobs")).toEqual([]);
  clock.advance(1000);
  expect((run("receive", "jobs") as Msg[])[0]?.body).toBe("later");
});

it("redelivers after the visibility timeout, counting attempts", () => {
  const { run, clock } = open();
  run("send", "jobs", "x");
  run("receive", "jobs", { visibilityTimeoutMs: 5000 });
  clock.advance(4999);
  expect(run("receive", "jobs")).toEqual([]);
  clock.advance(1);
  const [again] = run("receive", "jobs") as Msg[];
  expect(again).toMatchObject({ id: "msg-1", attempts: 2 });
  clock.advance(30_000); // the default visibility timeout
  expect((run("receive", "jobs") as Msg[])[0]?.attempts).toBe(3);
});

it("nacks for another try after a delay", () => {
  const { run, clock } = open();
  run("send", "jobs", "x");
  run("receive", "jobs");
  run("nack", "jobs", "msg-1", { delayMs: 200 });
  expect(run("receive", "jobs")).toEqual([]);
  clock.advance(200);
  expect((run("receive", "jobs") as Msg[])[0]?.attempts).toBe(2);
});

it("moves a message to <queue>.dlq after maxAttempts failed deliveries", () => {
  const { run, test, clock } = open();
  test("configure", "jobs", { maxAttempts: 2, visibilityTimeoutMs: 100 });
  run("send", "jobs", "poison");
  run("receive", "jobs");
  run("nack", "jobs", "msg-1"); // attempt 1 failed: retried
  run("receive", "jobs");
  clock.advance(100); // attempt 2 timed out: dead-lettered
  expect(run("size", "jobs")).toBe(0);
  expect(test("deadLetters", "jobs")).toEqual([
    { id: "msg-1", body: "poison", attempts: 2, sentAt: START },
  ]);
  // The DLQ is an ordinary queue to read from, and never dead-letters further.
  const [dead] = run("receive", "jobs.dlq") as Msg[];
  expect(dead?.id).toBe("msg-1");
});

it("dead-letters on nack once attempts are used up (default maxAttempts 5)", () => {
  const { run, test } = open();
  run("send", "jobs", 1);
  for (let i = 0; i < 5; i++) {
    run("receive", "jobs");
    run("nack", "jobs", "msg-1");
  }
  expect(run("size", "jobs")).toBe(0);
  expect((test("deadLetters", "jobs") as Msg[]).map((m) => m.attempts)).toEqual([5]);
});

it("delivers a message twice after duplicateNext, each copy acked on its own", () => {
  const { run, test } = open();
  test("duplicateNext", "emails");
  run("send", "emails", { to: "ada" });
  run("send", "emails", { to: "alan" });
  const got = run("receive", "emails", { max: 10 }) as Msg[];
  expect(got.map((m) => m.id)).toEqual(["msg-1", "msg-1", "msg-2"]);
  run("ack", "emails", "msg-1");
  expect(run("size", "emails")).toBe(2);
  run("ack", "emails", "msg-1");
  expect(run("size", "emails")).toBe(1);
});

it("seeds queues from fixtures", () => {
  const { run } = open({ jobs: [{ a: 1 }, "two"] });
  expect((run("receive", "jobs", { max: 5 }) as Msg[]).map((m) => m.body)).toEqual([
    { a: 1 },
    "two",
  ]);
});

it("validates names, bodies and options", () => {
  const { run, queue } = open();
  expect(() => run("send", "bad name", 1)).toThrow(/queue names use/);
  expect(() => run("send", "", 1)).toThrow(/must not be empty/);
  expect(() => run("send", "q", undefined)).toThrow(/JSON value/);
  expect(() => run("send", "q", 10n)).toThrow(/JSON value/);
  expect(() => run("send", "q", [Number.NaN])).toThrow(/JSON value/);
  expect(() => run("send", "q", 1, { delay: 5 })).toThrow(/unknown option "delay"/);
  expect(() => run("send", "q", 1, { delayMs: -1 })).toThrow(/delayMs must be between/);
  expect(() => run("receive", "q", { max: 11 })).toThrow(/max must be between 1 and 10/);
  expect(() => run("receive", "empty", { visibilityTimeoutMs: -5 })).toThrow(
    /visibilityTimeoutMs must be between/,
  );
  run("send", "q", 1);
  run("receive", "q");
  expect(() => run("nack", "q", "msg-1", { delayMs: "soon" })).toThrow(
    /delayMs must be a finite number/,
  );
  expect(() => run("ack", "q", "msg-1", "extra")).toThrow(/takes 2 argument/);
  for (const op of ["peek", "deadLetters", "configure", "duplicateNext", "purge"]) {
    expect(() => queue.call(op, ["q"], "learner")).toThrow(`queue.${op} is not a function`);
  }
});
