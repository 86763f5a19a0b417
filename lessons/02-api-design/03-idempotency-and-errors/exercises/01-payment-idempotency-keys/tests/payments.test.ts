import { test, expect, world, beforeEach } from "@pillars/test";
import type { HttpResponse } from "@pillars/world";
import { handler } from "@pillars/learner";

const CHARGES_URL = "https://payments.test/charges";

/** Charges the simulated provider made in this test, and how many of the next ones to fail. */
let charges: { amountCents: unknown; reference: unknown }[] = [];
let failNextCharges = 0;
/** Provider charge ids are unique for the whole run, as a real provider's are. */
let chargeSeq = 0;

beforeEach(() => {
  charges = [];
  failNextCharges = 0;
  world.http.route("POST", CHARGES_URL, (req) => {
    if (failNextCharges > 0) {
      failNextCharges--;
      return { status: 503, body: { error: "temporarily unavailable" } };
    }
    const body = (req.body ?? {}) as { amountCents?: unknown; reference?: unknown };
    charges.push({ amountCents: body.amountCents, reference: body.reference });
    chargeSeq++;
    return { status: 201, body: { id: `ch_test_${chargeSeq}`, status: "succeeded" } };
  });
});

function pay(key: string | undefined, body: unknown): Promise<HttpResponse> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key !== undefined) headers["idempotency-key"] = key;
  return world.http.request(handler, { method: "POST", path: "/payments", headers, body });
}

function header(res: HttpResponse, name: string): string | undefined {
  const headers = res.headers ?? {};
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

async function paymentsFor(orderId: number): Promise<number> {
  const { rows } = await world.db.query<{ n: number }>(
    "SELECT COUNT(*) AS n FROM payments WHERE order_id = $1",
    [orderId],
  );
  return rows[0]?.n ?? -1;
}

function expectProblem(res: HttpResponse, status: number, what: string) {
  expect(res.status, `status of ${what}`).toBe(status);
  expect(header(res, "Content-Type") ?? "", `Content-Type of ${what}`).toMatch(
    /^application\/problem\+json/,
  );
  expect((res.body as { status?: unknown } | undefined)?.status, `body.status of ${what}`).toBe(
    status,
  );
}

test("a payment is charged once, stored, and answered 201 with Location", async () => {
  const res = await pay("order-8001-attempt-1", { orderId: 8001, amountCents: 2450 });
  expect(res.status, "status of the first POST /payments").toBe(201);
  expect(res.body, "the payment").toMatchObject({
    orderId: 8001,
    amountCents: 2450,
  });
  expect((res.body as { chargeId?: unknown }).chargeId, "chargeId (the provider's id)").toMatch(
    /^ch_test_\d+$/,
  );
  expect(header(res, "Location"), "Location of the 201").toMatch(/^\/payments\/\d+$/);
  expect(charges, "charges the provider received").toEqual([
    { amountCents: 2450, reference: "order-8001" },
  ]);
  expect(await paymentsFor(8001), "rows in payments for order 8001").toBe(1);
});

test("a retry with the same key replays the first response and charges nothing more", async () => {
  const body = { orderId: 8002, amountCents: 1800 };
  const first = await pay("retry-key-8002", body);
  const second = await pay("retry-key-8002", body);
  const third = await pay("retry-key-8002", { amountCents: 1800, orderId: 8002 });
  expect(charges.length, "charges after 3 requests with one key").toBe(1);
  expect(await paymentsFor(8002), "rows in payments for order 8002").toBe(1);
  for (const [n, replay] of [second, third].entries()) {
    expect(replay.status, `status of retry ${n + 1}`).toBe(first.status);
    expect(replay.body, `body of retry ${n + 1} (must equal the first response)`).toEqual(
      first.body,
    );
    expect(header(replay, "Location"), `Location of retry ${n + 1}`).toBe(
      header(first, "Location"),
    );
  }
});

test("different keys are different payments, even for the same order and amount", async () => {
  // A customer may really buy the same thing twice; only the key says "this is a retry".
  await pay("gift-card-a", { orderId: 8003, amountCents: 5000 });
  await pay("gift-card-b", { orderId: 8003, amountCents: 5000 });
  expect(charges.length, "charges for two keys").toBe(2);
  expect(await paymentsFor(8003), "rows in payments for order 8003").toBe(2);
});

test("the same key with a different payment answers 422 and charges nothing", async () => {
  const first = await pay("reused-key-8004", { orderId: 8004, amountCents: 990 });
  const misuse = await pay("reused-key-8004", { orderId: 8004, amountCents: 99000 });
  expectProblem(misuse, 422, "the same key with amountCents 99000 instead of 990");
  expect(charges.length, "charges after the reused key").toBe(1);
  const replay = await pay("reused-key-8004", { orderId: 8004, amountCents: 990 });
  expect(replay.body, "the original payment, replayed after the 422").toEqual(first.body);
});

test("concurrent duplicates charge once", async () => {
  const body = { orderId: 8005, amountCents: 3200 };
  const responses = await Promise.all([
    pay("double-click-8005", body),
    pay("double-click-8005", body),
    pay("double-click-8005", body),
  ]);
  expect(charges.length, "charges for 3 simultaneous requests with one key").toBe(1);
  expect(await paymentsFor(8005), "rows in payments for order 8005").toBe(1);

  const winners = responses.filter((r) => r.status === 201);
  expect(winners.length, "responses with status 201").toBeGreaterThanOrEqual(1);
  for (const res of responses) {
    if (res.status === 201) {
      expect(res.body, "every 201 describes the one payment").toEqual(winners[0]?.body);
    } else {
      expectProblem(res, 409, "a duplicate that arrived while the first was running");
    }
  }
  const later = await pay("double-click-8005", body);
  expect(later.status, "status of a retry after all three finished").toBe(201);
  expect(later.body, "body of that retry").toEqual(winners[0]?.body);
});

test("no Idempotency-Key, or an invalid payment, is a 400 and charges nothing", async () => {
  expectProblem(
    await pay(undefined, { orderId: 8006, amountCents: 700 }),
    400,
    "a POST without a key",
  );
  expectProblem(await pay("", { orderId: 8006, amountCents: 700 }), 400, "an empty key");
  expectProblem(await pay("k-8006", { orderId: 8006, amountCents: -700 }), 400, "amountCents -700");
  expectProblem(await pay("k-8006b", [8006, 700]), 400, "an array body");
  expect(charges.length, "charges after four refused requests").toBe(0);
  expect(await paymentsFor(8006), "rows in payments for order 8006").toBe(0);
});

test("a failed charge answers 502 and frees the key, so a retry with it can succeed", async () => {
  failNextCharges = 1;
  const failed = await pay("flaky-8007", { orderId: 8007, amountCents: 1500 });
  expectProblem(failed, 502, "POST /payments while the provider answers 503");
  expect(await paymentsFor(8007), "rows in payments after the failed charge").toBe(0);

  const retry = await pay("flaky-8007", { orderId: 8007, amountCents: 1500 });
  expect(retry.status, "status of the retry with the same key, provider back up").toBe(201);
  expect(charges.length, "successful charges").toBe(1);
  expect(await paymentsFor(8007), "rows in payments after the retry").toBe(1);
});
