import { test, expect, world } from "@pillars/test";
import { createScheduler } from "@pillars/learner";

test("due jobs come out by priority, equal priorities in the order they were scheduled", () => {
  const scheduler = createScheduler();
  const now = world.clock.now();
  scheduler.schedule({ id: "newsletter", priority: 5, runAt: now });
  scheduler.schedule({ id: "receipt-1041", priority: 1, runAt: now });
  scheduler.schedule({ id: "password-reset", priority: 0, runAt: now });
  scheduler.schedule({ id: "receipt-1042", priority: 1, runAt: now });

  const order: string[] = [];
  for (let job = scheduler.next(); job !== null; job = scheduler.next()) order.push(job.id);
  expect(order, "ids in the order next() returned them").toEqual([
    "password-reset",
    "receipt-1041",
    "receipt-1042",
    "newsletter",
  ]);
});
