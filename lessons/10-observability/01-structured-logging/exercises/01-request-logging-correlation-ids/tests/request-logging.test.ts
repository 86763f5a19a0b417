import { test, expect, world } from "@pillars/test";
import { createLogger, handler, withRequestLogging } from "@pillars/learner";

type Line = Record<string, unknown>;
let seenLines = 0;

/** Structured lines logged since the last call (console lines that are not JSON are skipped). */
function newLines(): Line[] {
  const all = world.logs();
  const fresh = all.slice(seenLines);
  seenLines = all.length;
  const lines: Line[] = [];
  for (const entry of fresh) {
    try {
      const parsed: unknown = JSON.parse(entry.message);
      if (parsed !== null && typeof parsed === "object") lines.push(parsed as Line);
    } catch {
      // a console.log line, not a structured one
    }
  }
  return lines;
}

/** The access lines: the ones that carry the response status. */
function accessLines(lines: Line[]): Line[] {
  return lines.filter((line) => "status" in line);
}

/** The payment service; remembers the request id each charge arrived with. */
let paymentRequestIds: (string | undefined)[] = [];
function paymentService(status = 201): void {
  paymentRequestIds = [];
  world.http.route("POST", "https://payments.test/charges", async (req) => {
    paymentRequestIds.push(req.headers["x-request-id"]);
    await world.clock.sleep(30); // the card network takes its time
    return { status, body: { chargeId: "ch_1" } };
  });
}

const checkout = (headers: Record<string, string> = {}) =>
  world.http.request(handler, {
    method: "POST",
    path: "/checkout",
    headers: { authorization: "Bearer sk_live_51Hq", cookie: "session=s3ss10n", ...headers },
    body: { cartId: "cart-42", paymentToken: "tok_visa_4242" },
  });

test("each request writes one access line with method, path, status and duration", async () => {
  newLines();
  const slow = withRequestLogging(async () => {
    await world.clock.sleep(120);
    return { status: 201, body: { ok: true } };
  });
  await world.http.request(slow, { method: "PUT", path: "/carts/7/items" });
  const lines = accessLines(newLines());
  expect(lines.length, "access lines (lines with a status) for one request").toBe(1);
  expect(lines[0], "the access line").toMatchObject({
    level: "info",
    method: "PUT",
    path: "/carts/7/items",
    status: 201,
  });
  expect(lines[0]?.durationMs, "durationMs of a handler that took 120 virtual ms").toBe(120);
});

test("the caller's x-request-id is in every line, the response header and the payment call", async () => {
  paymentService();
  newLines();
  const res = await checkout({ "x-request-id": "req-7f3a" });
  const lines = newLines();
  expect(res.status, "status of a successful checkout").toBe(201);
  expect(res.headers?.["x-request-id"], "x-request-id response header").toBe("req-7f3a");
  expect(paymentRequestIds, "x-request-id headers the payment service received").toEqual([
    "req-7f3a",
  ]);
  expect(lines.length, "lines logged for one checkout").toBeGreaterThanOrEqual(2);
  for (const line of lines) expect(line.requestId, `requestId of "${line.msg}"`).toBe("req-7f3a");
  const access = accessLines(lines)[0];
  expect(access?.durationMs, "durationMs of a checkout (50 ms call + 30 ms charge)").toBe(80);
});

test("without x-request-id, one id is generated per request and used everywhere", async () => {
  paymentService();
  newLines();
  const first = await checkout();
  const firstLines = newLines();
  const second = await checkout();
  const id = first.headers?.["x-request-id"];
  expect(typeof id === "string" && id.length > 0, "a generated x-request-id header").toBe(true);
  expect(paymentRequestIds[0], "x-request-id the payment service received").toBe(id);
  for (const line of firstLines) expect(line.requestId, `requestId of "${line.msg}"`).toBe(id);
  expect(second.headers?.["x-request-id"], "the second request's id").not.toBe(id);
});

test("an x-request-id that is too long or holds line breaks is replaced, not trusted", async () => {
  paymentService();
  for (const bad of ["a".repeat(500), 'x"}\n{"level":"info","msg":"forged']) {
    newLines();
    const res = await checkout({ "x-request-id": bad });
    const id = res.headers?.["x-request-id"];
    expect(id === bad, "the hostile id was echoed back").toBe(false);
    expect(typeof id === "string" && id.length > 0, "a replacement x-request-id").toBe(true);
    expect(paymentRequestIds.at(-1), "id passed to the payment service").toBe(id);
    for (const line of newLines()) expect(line.requestId, "requestId in the log").toBe(id);
  }
});

test("passwords, tokens, cookies and authorization headers never reach the log", async () => {
  paymentService();
  newLines();
  const logger = createLogger({ service: "shop" });
  logger.warn("login failed", {
    email: "ada@example.com",
    password: "hunter2",
    session: { accessToken: "eyJhbGciOi.secret", refresh_token: "rt_998" },
    headers: { Authorization: "Basic YWRhOmh1bnRlcjI=", "x-api-key": "key_123" },
    attempts: [{ apiKey: "key_456", ip: "10.0.0.9" }],
  });
  await checkout({ "x-request-id": "req-redact" });
  const raw = world
    .logs()
    .slice(-20)
    .map((entry) => entry.message)
    .join("\n");
  for (const secret of [
    "hunter2",
    "eyJhbGciOi",
    "rt_998",
    "YWRhOmh1bnRlcjI",
    "key_123",
    "key_456",
    "sk_live_51Hq",
    "s3ss10n",
    "tok_visa_4242",
  ]) {
    expect(raw.includes(secret), `"${secret}" appears in the log`).toBe(false);
  }
  const line = newLines()[0];
  expect(line, "the login-failed line").toMatchObject({
    level: "warn",
    msg: "login failed",
    service: "shop",
    email: "ada@example.com",
    password: "[REDACTED]",
    session: { accessToken: "[REDACTED]", refresh_token: "[REDACTED]" },
    headers: { Authorization: "[REDACTED]", "x-api-key": "[REDACTED]" },
    attempts: [{ apiKey: "[REDACTED]", ip: "10.0.0.9" }],
  });
  expect(raw, "the log still names the cart").toContain("cart-42");
});

test("a handler that throws gets a 500 without internals and one error-level access line", async () => {
  newLines();
  const broken = withRequestLogging(async () => {
    throw new Error("SQLITE_CORRUPT: database disk image is malformed at /var/lib/shop.db");
  });
  const res = await world.http.request(broken, {
    method: "GET",
    path: "/orders/9",
    headers: { "x-request-id": "req-boom" },
  });
  expect(res.status, "status when the handler throws").toBe(500);
  expect(JSON.stringify(res.body ?? ""), "the response body").not.toContain("SQLITE");
  expect(res.headers?.["x-request-id"], "x-request-id on the error response").toBe("req-boom");
  const lines = accessLines(newLines());
  expect(lines.length, "access lines for the failed request").toBe(1);
  expect(lines[0], "the access line of a failed request").toMatchObject({
    level: "error",
    requestId: "req-boom",
    method: "GET",
    path: "/orders/9",
    status: 500,
  });
  expect(JSON.stringify(lines[0]), "the error line keeps the cause for us").toContain(
    "SQLITE_CORRUPT",
  );
});
