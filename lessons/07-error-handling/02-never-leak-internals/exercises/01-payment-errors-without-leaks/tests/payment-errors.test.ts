import { test, expect, world } from "@pillars/test";
import { handler } from "@pillars/learner";

const CHARGES = "https://payments.test/charges";
const CARD = { number: "4000056655665556", cvc: "8613" };

/** Header lookup that ignores the case of the name, as HTTP does. */
function header(res: { headers?: Record<string, string> }, name: string): string | undefined {
  const key = Object.keys(res.headers ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : res.headers?.[key];
}

/** Log lines since `from`, with their JSON fields when they are structured. */
function linesSince(from: number) {
  return world
    .logs()
    .slice(from)
    .map((line) => {
      let fields: Record<string, unknown> | null = null;
      try {
        fields = JSON.parse(line.message);
      } catch {
        fields = null;
      }
      return { level: line.level, text: line.message, fields };
    });
}

const pay = (orderId: number, headers: Record<string, string> = {}, card: unknown = CARD) =>
  world.http.request(handler, {
    method: "POST",
    path: "/payments",
    body: { orderId, card },
    headers,
  });

/** A provider having a bad minute: its error body names its hosts and echoes the request. */
function providerFails() {
  world.http.route("POST", CHARGES, (req) => ({
    status: 503,
    body: { error: "psp-gw-3.internal: acquirer timeout", debug: { received: req.body } },
  }));
}

function expectNoLeak(body: unknown, what: string, secrets: string[]) {
  const text = JSON.stringify(body ?? null);
  for (const secret of secrets) {
    expect(text.includes(secret), `${what} contains "${secret}"`).toBe(false);
  }
  expect(/\bat .*:\d+:\d+/.test(text), `${what} contains a stack frame`).toBe(false);
}

test("a successful payment charges the order's amount and marks it paid", async () => {
  world.http.route("POST", CHARGES, () => ({
    status: 201,
    body: { id: "ch_5001", status: "succeeded" },
  }));
  const res = await pay(5001);
  expect(res.status, "status of a successful payment").toBe(201);
  const sent = world.http
    .calls()
    .filter((c) => c.url === CHARGES)
    .at(-1)?.body as {
    amountCents?: number;
  };
  expect(sent?.amountCents, "amountCents sent to the provider for order 5001").toBe(4590);
  const { rows } = await world.db.query("SELECT status FROM orders WHERE id = 5001");
  expect(rows[0].status, "status of order 5001 afterwards").toBe("paid");
});

test("a provider failure is a 502 problem that repeats nothing the provider said", async () => {
  providerFails();
  const res = await pay(5002);
  expect(res.status, "status when the provider answers 503").toBe(502);
  expect(header(res, "content-type"), "Content-Type of the 502").toBe("application/problem+json");
  expect(res.body, "the problem document").toMatchObject({
    type: "https://shop.example/problems/payment-provider-unavailable",
    status: 502,
  });
  const id = header(res, "x-request-id");
  expect(typeof id === "string" && id.length > 0, "the 502 has an X-Request-Id").toBe(true);
  expect(res.body, "the problem document's requestId").toMatchObject({ requestId: id });
  expectNoLeak(res.body, "the 502 body", [
    CARD.number,
    `"${CARD.cvc}"`,
    "psp-gw-3",
    "acquirer",
    "payments.test",
  ]);
});

test("a provider failure is logged once as an error, with request id, order, status and last 4", async () => {
  providerFails();
  const from = world.logs().length;
  await pay(5003, { "x-request-id": "req-pay-503" });
  const errors = linesSince(from).filter((l) => l.level === "error");
  expect(errors.length, "error-level log lines for one failed payment").toBe(1);
  expect(errors[0].fields, "fields of the error log line (log.error)").toMatchObject({
    requestId: "req-pay-503",
    orderId: 5003,
    providerStatus: 503,
    cardLast4: "5556",
  });
});

test("an unreachable provider is a 502 too; the log keeps the real network error", async () => {
  world.http.route("POST", CHARGES, () => {
    throw new Error("connect ETIMEDOUT 10.20.0.5:443");
  });
  const from = world.logs().length;
  const res = await pay(5004, { "x-request-id": "req-pay-net" });
  expect(res.status, "status when the provider cannot be reached").toBe(502);
  expect(res.body, "the problem document").toMatchObject({
    type: "https://shop.example/problems/payment-provider-unavailable",
    requestId: "req-pay-net",
  });
  expectNoLeak(res.body, "the 502 body", ["ETIMEDOUT", "10.20.0.5", CARD.number]);
  const errors = linesSince(from).filter((l) => l.level === "error");
  expect(errors.length, "error-level log lines for one unreachable provider").toBe(1);
  expect(errors[0].fields?.requestId, "requestId of the error log line").toBe("req-pay-net");
  expect(errors[0].text, "the error log line").toContain("ETIMEDOUT");
});

test("a declined card is a 402 the customer can act on, and not an error in the logs", async () => {
  world.http.route("POST", CHARGES, () => ({
    status: 402,
    body: {
      error: {
        code: "card_declined",
        decline_code: "do_not_honor",
        message: "Declined by issuer 4711.",
      },
    },
  }));
  const from = world.logs().length;
  const res = await pay(5005);
  expect(res.status, "status for a declined card").toBe(402);
  expect(res.body, "the problem document").toMatchObject({
    type: "https://shop.example/problems/card-declined",
    status: 402,
  });
  const errors = linesSince(from).filter((l) => l.level === "error");
  expect(errors.length, "error-level log lines for a decline").toBe(0);
  const { rows } = await world.db.query("SELECT status FROM orders WHERE id = 5005");
  expect(rows[0].status, "status of order 5005 after the decline").toBe("pending");
});

test("an invalid card is a 400 naming the fields without repeating their values", async () => {
  const from = world.logs().length;
  const res = await pay(5006, {}, { number: "40000566556655569999", cvc: "86130" });
  expect(res.status, "status for a 20-digit card number and a 5-digit CVC").toBe(400);
  const pointers = ((res.body as { errors?: { pointer: string }[] })?.errors ?? []).map(
    (e) => e.pointer,
  );
  expect(pointers, "pointers of the errors").toEqual(["#/card/number", "#/card/cvc"]);
  expectNoLeak(res.body, "the 400 body", ["40000566556655569999", "86130"]);
  const logged = linesSince(from)
    .map((l) => l.text)
    .join("\n");
  expect(
    logged.includes("40000566556655569999"),
    "a log line holds the submitted card number",
  ).toBe(false);
});

test("no log line of the whole run holds a card number or a CVC", async () => {
  // Every test above sent CARD; whatever was logged on the way is still in the logs.
  const all = world
    .logs()
    .map((l) => l.message)
    .join("\n");
  expect(all.includes(CARD.number), "the logs contain the full card number").toBe(false);
  expect(all.includes(`"${CARD.cvc}"`), "the logs contain the CVC").toBe(false);
  expect(all.includes("5556"), "the logs mention the last 4 digits somewhere").toBe(true);
});
