import { test, expect, world } from "@pillars/test";
import { createScheduler } from "@pillars/learner";

// Runs after the other test files, so a run stopped by the CPU limit keeps their results.

test(
  "100,000 jobs are scheduled and drained in order within the CPU limit",
  async () => {
    // A busy worker's backlog: 10 priorities, run times spread over 1,000 seconds.
    const scheduler = createScheduler();
    const start = world.clock.now();
    const total = 100_000;
    for (let i = 0; i < total; i++) {
      scheduler.schedule({
        id: String(i),
        priority: (i * 7919) % 10,
        runAt: start + (i % 1000) * 1000,
      });
    }
    await world.clock.advance(1_000_000);
    let taken = 0;
    let outOfOrder = 0;
    let previous = { priority: -1, index: -1 };
    for (let job = scheduler.next(); job !== null; job = scheduler.next()) {
      const index = Number(job.id);
      const inOrder =
        job.priority > previous.priority ||
        (job.priority === previous.priority && index > previous.index);
      if (!inOrder) outOfOrder++;
      previous = { priority: job.priority, index };
      taken++;
    }
    expect(taken, "jobs returned by next() once all 100,000 were due").toBe(total);
    expect(outOfOrder, "jobs returned out of priority-then-scheduling order").toBe(0);
  },
  {
    hint: "If this run stopped on the CPU limit, schedule or next looks at every job. With a binary heap each call costs O(log n): about 17 steps for 100,000 jobs.",
  },
);
