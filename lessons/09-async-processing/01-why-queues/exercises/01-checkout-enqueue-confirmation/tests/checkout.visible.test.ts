import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

test("checkout answers quickly and leaves the email to a worker", async () => {
  // The mail provider is slow today: two seconds per email.
  world.http.route("POST", "https://mail.test/send", async () => {
    await world.clock.sleep(2_000);
    return { status: 202 };
  });
  const startedAt = world.clock.now();
  const res = await world.http.request(handler, {
    method: "POST",
    path: "/orders",
    body: { email: "ada@example.com", totalCents: 4500 },
  });
  expect(res.status, "status of POST /orders").toBe(201);
  expect(world.clock.now() - startedAt, "virtual ms the customer waited").toBeLessThan(100);
  expect(await world.queue.size("order-confirmations"), "messages waiting for the worker").toBe(1);
});
