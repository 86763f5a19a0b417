import { test, expect, world } from "@pillars/test";
import { processOrders } from "@pillars/learner";

// The queue's default visibility timeout is 30 s: a message received and never acked is
// delivered again once 30 virtual seconds have passed.
const PAST_VISIBILITY_TIMEOUT_MS = 31_000;

async function chargesFor(orderId: number): Promise<{ count: number; total: number }> {
  const { rows } = await world.db.query(
    "SELECT COUNT(*) AS count, COALESCE(SUM(amount_cents), 0) AS total FROM charges WHERE order_id = $1",
    [orderId],
  );
  return rows[0] as { count: number; total: number };
}

async function statusOf(orderId: number): Promise<string> {
  const { rows } = await world.db.query("SELECT status FROM orders WHERE id = $1", [orderId]);
  return rows[0].status as string;
}

/** Runs the consumer as a worker would: a throw is a crash, and the worker starts again later. */
async function runCrashingWorker(): Promise<void> {
  try {
    await processOrders();
  } catch {
    // The process died; whatever was not acked is still in the queue.
  }
}

test("charges each order once for its total and marks it paid", async () => {
  await world.queue.send("orders", { orderId: 1 });
  await world.queue.send("orders", { orderId: 2 });
  await processOrders();
  expect(await chargesFor(1), "charges for order 1 (total 2450)").toEqual({
    count: 1,
    total: 2450,
  });
  expect(await chargesFor(2), "charges for order 2 (total 1800)").toEqual({
    count: 1,
    total: 1800,
  });
  expect(await statusOf(1), "status of order 1").toBe("paid");
  expect(await world.queue.size("orders"), "messages left in the queue").toBe(0);
});

test("a message delivered twice charges the order once and both copies are acked", async () => {
  world.queue.duplicateNext("orders");
  await world.queue.send("orders", { orderId: 3 });
  await processOrders();
  expect((await chargesFor(3)).count, "charges for order 3 after a duplicate delivery").toBe(1);
  expect(await world.queue.size("orders"), "messages left in the queue (unacked copies)").toBe(0);
  await world.clock.advance(PAST_VISIBILITY_TIMEOUT_MS);
  await processOrders();
  expect((await chargesFor(3)).count, "charges for order 3 after the visibility timeout").toBe(1);
  expect(await world.queue.deadLetters("orders"), "messages in orders.dlq").toEqual([]);
});

test("the same order published twice as two messages is charged once", async () => {
  // Checkout's first send timed out, so it sent again: two message ids, one order.
  await world.queue.send("orders", { orderId: 4 });
  await world.queue.send("orders", { orderId: 4 });
  await processOrders();
  expect(await chargesFor(4), "charges for order 4 (total 8900)").toEqual({
    count: 1,
    total: 8900,
  });
  expect(await world.queue.size("orders"), "messages left in the queue").toBe(0);
});

test("a failure before the charge is not acked: the order is charged after redelivery", async () => {
  await world.queue.send("orders", { orderId: 5 });
  world.db.failOn(/charges/i, "Connection terminated unexpectedly");
  await runCrashingWorker();
  expect((await chargesFor(5)).count, "charges for order 5 right after the failure").toBe(0);
  await world.clock.advance(PAST_VISIBILITY_TIMEOUT_MS);
  await processOrders();
  expect(await chargesFor(5), "charges for order 5 after redelivery (total 1250)").toEqual({
    count: 1,
    total: 1250,
  });
  expect(await statusOf(5), "status of order 5 after redelivery").toBe("paid");
  expect(await world.queue.size("orders"), "messages left in the queue").toBe(0);
});

test(
  "a crash between the charge and the status update leaves one charge and a paid order",
  async () => {
    await world.queue.send("orders", { orderId: 6 });
    world.db.failOn(/update\s+"?orders"?/i, "Connection terminated unexpectedly");
    await runCrashingWorker();
    await world.clock.advance(PAST_VISIBILITY_TIMEOUT_MS);
    await processOrders();
    expect((await chargesFor(6)).count, "charges for order 6 after the crash and redelivery").toBe(
      1,
    );
    expect(await statusOf(6), "status of order 6 after redelivery").toBe("paid");
    expect(await world.queue.size("orders"), "messages left in the queue").toBe(0);
  },
  {
    hint: "The first attempt died after some statements ran and before others. Either the writes commit together, or the redelivered message must finish what was left undone.",
  },
);

test("a failing message is left for redelivery and the rest of the batch is still charged", async () => {
  for (const orderId of [7, 8, 9]) await world.queue.send("orders", { orderId });
  world.db.failOn(/charges/i, "deadlock detected");
  await runCrashingWorker();
  // Order 7 failed; 8 and 9 came in the same batch and must not wait 30 s behind it.
  expect((await chargesFor(7)).count, "charges for order 7 right after its failure").toBe(0);
  expect((await chargesFor(8)).count, "charges for order 8 in the same run").toBe(1);
  expect((await chargesFor(9)).count, "charges for order 9 in the same run").toBe(1);
  await world.clock.advance(PAST_VISIBILITY_TIMEOUT_MS);
  await processOrders();
  for (const orderId of [7, 8, 9]) {
    expect((await chargesFor(orderId)).count, `charges for order ${orderId} in the end`).toBe(1);
    expect(await statusOf(orderId), `status of order ${orderId} in the end`).toBe("paid");
  }
  expect(await world.queue.size("orders"), "messages left in the queue").toBe(0);
});
