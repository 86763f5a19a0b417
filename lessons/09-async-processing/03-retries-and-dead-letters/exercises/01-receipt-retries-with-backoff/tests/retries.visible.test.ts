import { test, expect, world } from "@pillars/test";
import { processReceipts } from "@pillars/learner";

test("a receipt that got a 503 is retried after a delay, not at once", async () => {
  const attempts: number[] = [];
  world.http.route("POST", "https://mail.test/send", () => {
    attempts.push(world.clock.now());
    return { status: attempts.length === 1 ? 503 : 202 };
  });
  await world.queue.send("receipts", {
    receiptId: "r-1",
    to: "ada@example.com",
    orderId: 1,
    totalCents: 2450,
  });

  await processReceipts();
  expect(attempts.length, "requests right after the 503").toBe(1);

  // Let the backoff pass (the first one is between 0.5 and 1 s), then run the worker again.
  await world.clock.advance(1_000);
  await processReceipts();
  expect(attempts.length, "requests once the backoff has passed").toBe(2);
  expect(await world.queue.size("receipts"), "messages left in receipts").toBe(0);
});
