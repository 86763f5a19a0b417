import { test, expect, world } from "@pillars/test";
import { processOrders } from "@pillars/learner";

test("a message delivered twice charges the order only once", async () => {
  // At-least-once delivery: the queue hands out the next message twice.
  world.queue.duplicateNext("orders");
  await world.queue.send("orders", { orderId: 10 });
  await processOrders();
  const { rows } = await world.db.query(
    "SELECT COUNT(*) AS count FROM charges WHERE order_id = $1",
    [10],
  );
  expect(rows[0].count, "charges for order 10").toBe(1);
  expect(await world.queue.size("orders"), "messages left in the queue").toBe(0);
});
