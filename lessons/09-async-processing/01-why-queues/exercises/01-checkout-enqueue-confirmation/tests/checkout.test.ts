import { test, expect, world } from "@pillars/test";
import { handler, processConfirmations } from "@pillars/learner";

const QUEUE = "order-confirmations";
let emails: { to: string; orderId: number }[] = [];

/** The mail provider: `status` for every request, after `delayMs` of its own time. */
function mailProvider(status: number, delayMs = 2_000): void {
  emails = [];
  world.http.route("POST", "https://mail.test/send", async (req) => {
    await world.clock.sleep(delayMs);
    const { to, orderId } = req.body as { to: string; orderId: number };
    if (status < 300) emails.push({ to, orderId });
    return { status };
  });
}

function placeOrder(body: unknown) {
  return world.http.request(handler, { method: "POST", path: "/orders", body });
}

async function drain(): Promise<void> {
  // Finishes what earlier tests left in the queue, so each test starts from an empty one.
  mailProvider(202, 0);
  await world.clock.advance(10_000);
  await processConfirmations();
}

test("answers 201 with the order id without waiting for the mail provider", async () => {
  mailProvider(202);
  const startedAt = world.clock.now();
  const res = await placeOrder({ email: "ada@example.com", totalCents: 4500 });
  expect(res.status, "status of POST /orders").toBe(201);
  expect(typeof (res.body as { id?: unknown })?.id, "type of the id in the response body").toBe(
    "number",
  );
  expect(
    world.clock.now() - startedAt,
    "virtual ms the customer waited (the mail provider takes 2,000)",
  ).toBeLessThan(100);
});

test("publishes one { orderId, email } message per order and sends no email in the request", async () => {
  await drain();
  mailProvider(202);
  const callsBefore = world.http.calls().length;
  const res = await placeOrder({ email: "grace@example.com", totalCents: 1200 });
  const id = (res.body as { id: number }).id;
  const waiting = (await world.queue.peek(QUEUE)).map((m) => m.body);
  expect(waiting, "messages in order-confirmations after one order").toEqual([
    { orderId: id, email: "grace@example.com" },
  ]);
  expect(
    world.http.calls().length - callsBefore,
    "calls to the mail provider during the request",
  ).toBe(0);
});

test("still takes orders while the mail provider is down", async () => {
  await drain();
  mailProvider(503);
  const res = await placeOrder({ email: "linus@example.com", totalCents: 900 });
  expect(res.status, "status of POST /orders while mail answers 503").toBe(201);
  const { rows } = await world.db.query("SELECT email FROM orders WHERE email = $1", [
    "linus@example.com",
  ]);
  expect(rows.length, "orders saved for linus@example.com").toBe(1);
});

test("the worker sends one confirmation per message and empties the queue", async () => {
  await drain();
  const a = await placeOrder({ email: "margaret@example.com", totalCents: 3000 });
  const b = await placeOrder({ email: "ken@example.com", totalCents: 2000 });
  mailProvider(202, 300);
  await processConfirmations();
  expect(emails, "emails sent by the worker").toEqual([
    { to: "margaret@example.com", orderId: (a.body as { id: number }).id },
    { to: "ken@example.com", orderId: (b.body as { id: number }).id },
  ]);
  expect(await world.queue.size(QUEUE), "messages left in order-confirmations").toBe(0);
});

test("a confirmation that fails is kept and sent on a later run", async () => {
  await drain();
  await placeOrder({ email: "barbara@example.com", totalCents: 5000 });
  mailProvider(503, 100);
  await processConfirmations();
  expect(await world.queue.size(QUEUE), "messages kept after the provider answered 503").toBe(1);
  mailProvider(202, 100);
  await world.clock.advance(30_000);
  await processConfirmations();
  expect(
    emails.map((e) => e.to),
    "emails sent once the provider is back",
  ).toEqual(["barbara@example.com"]);
  expect(await world.queue.size(QUEUE), "messages left in order-confirmations").toBe(0);
});

test("an order that could not be saved answers 500 and publishes nothing", async () => {
  await drain();
  world.db.failOn(/insert\s+into\s+"?orders"?/i, "database is locked");
  const res = await placeOrder({ email: "edsger@example.com", totalCents: 700 });
  expect(res.status, "status when the order insert fails").toBe(500);
  expect(await world.queue.size(QUEUE), "messages published for an order that was not saved").toBe(
    0,
  );
  expect(JSON.stringify(res.body ?? ""), "response body").not.toContain("database is locked");
});

test("a request without a valid email or total is refused with 400", async () => {
  await drain();
  for (const body of [{ totalCents: 100 }, { email: "hedy@example.com", totalCents: -5 }, null]) {
    const res = await placeOrder(body);
    expect(res.status, `status for the body ${JSON.stringify(body)}`).toBe(400);
  }
  expect(await world.queue.size(QUEUE), "messages published for invalid requests").toBe(0);
});
