import { test, expect, world } from "@pillars/test";
import { createScheduler } from "@pillars/learner";

function drain(scheduler: { next(): { id: string } | null }): string[] {
  const ids: string[] = [];
  for (let job = scheduler.next(); job !== null; job = scheduler.next()) ids.push(job.id);
  return ids;
}

test("next() returns null when nothing is scheduled", () => {
  expect(createScheduler().next(), "next() on an empty scheduler").toBeNull();
});

test("a job is not returned before its runAt, and is returned from runAt on", async () => {
  const scheduler = createScheduler();
  const now = world.clock.now();
  scheduler.schedule({
    id: "reminder-email",
    priority: 1,
    runAt: now + 60_000,
  });
  expect(scheduler.next(), "next() 60 s before the job's runAt").toBeNull();
  await world.clock.advance(59_999);
  expect(scheduler.next(), "next() 1 ms before the job's runAt").toBeNull();
  await world.clock.advance(1);
  expect(scheduler.next()?.id, "id returned exactly at runAt").toBe("reminder-email");
  expect(scheduler.next(), "next() once the only job was taken").toBeNull();
});

test("among due jobs the lowest priority number wins, whatever the order of runAt", async () => {
  const scheduler = createScheduler();
  const now = world.clock.now();
  scheduler.schedule({ id: "report", priority: 9, runAt: now - 5_000 });
  scheduler.schedule({ id: "refund", priority: 2, runAt: now - 1_000 });
  scheduler.schedule({ id: "fraud-check", priority: 0, runAt: now });
  scheduler.schedule({ id: "later", priority: 0, runAt: now + 1_000 });
  expect(drain(scheduler), "ids of the due jobs, in the order next() returned them").toEqual([
    "fraud-check",
    "refund",
    "report",
  ]);
  await world.clock.advance(1_000);
  expect(scheduler.next()?.id, "the job that became due 1 s later").toBe("later");
});

test("equal priorities run in the order they were scheduled, not by runAt or id", async () => {
  const scheduler = createScheduler();
  const now = world.clock.now();
  // Scheduled in this order; runAt and ids deliberately disagree with it.
  scheduler.schedule({ id: "ticket-c", priority: 3, runAt: now + 300 });
  scheduler.schedule({ id: "ticket-a", priority: 3, runAt: now + 100 });
  scheduler.schedule({ id: "ticket-d", priority: 3, runAt: now + 200 });
  scheduler.schedule({ id: "ticket-b", priority: 3, runAt: now });
  await world.clock.advance(300);
  expect(drain(scheduler), "ids of four priority-3 jobs, all due").toEqual([
    "ticket-c",
    "ticket-a",
    "ticket-d",
    "ticket-b",
  ]);
});

test("an urgent job that becomes due later goes ahead of due jobs still waiting", async () => {
  const scheduler = createScheduler();
  const now = world.clock.now();
  scheduler.schedule({ id: "thumbnail-1", priority: 5, runAt: now });
  scheduler.schedule({ id: "thumbnail-2", priority: 5, runAt: now });
  scheduler.schedule({ id: "payout", priority: 0, runAt: now + 5_000 });
  expect(scheduler.next()?.id, "first job, before the payout is due").toBe("thumbnail-1");
  await world.clock.advance(5_000);
  expect(drain(scheduler), "the rest, once the payout is due").toEqual(["payout", "thumbnail-2"]);
});

test("size() counts every job not yet returned, due or not", () => {
  const scheduler = createScheduler();
  const now = world.clock.now();
  scheduler.schedule({ id: "due", priority: 1, runAt: now });
  scheduler.schedule({ id: "future", priority: 1, runAt: now + 3_600_000 });
  expect(scheduler.size(), "jobs held: one due, one in an hour").toBe(2);
  scheduler.next();
  expect(scheduler.size(), "jobs held after taking the due one").toBe(1);
});

test("refuses a job whose priority or runAt is not a finite number", () => {
  const scheduler = createScheduler();
  const now = world.clock.now();
  const bad = [
    { id: "nan-priority", priority: Number.NaN, runAt: now },
    { id: "nan-run-at", priority: 1, runAt: Number.NaN },
    { id: "infinite-priority", priority: Number.POSITIVE_INFINITY, runAt: now },
  ];
  for (const job of bad) {
    let error: unknown = null;
    try {
      scheduler.schedule(job);
    } catch (caught) {
      error = caught;
    }
    expect(error instanceof RangeError, `schedule(${job.id}) throws a RangeError`).toBe(true);
  }
  expect(scheduler.size(), "jobs held after three refused schedules").toBe(0);
});
