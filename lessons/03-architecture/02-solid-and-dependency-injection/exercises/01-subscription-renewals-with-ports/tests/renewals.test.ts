import { test, expect, world, beforeEach } from "@pillars/test";
import { createRenewalService, renewDueSubscriptions } from "@pillars/learner";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 10, 3, 0); // the fake clock: 10 March 2026, 03:00 UTC

interface Sub {
  id: number;
  email: string;
  priceCents: number;
  renewsAt: number;
}
type Outcome =
  { status: "paid"; chargeId: string } | { status: "declined"; reason: string } | "unreachable";

/**
 * Fakes for every port, recording what the service did. `outcomes` says how the gateway
 * answers each email (paid by default); "unreachable" makes charge() reject.
 */
function fakeWorld(subs: Sub[], outcomes: Record<string, Outcome> = {}, now = NOW) {
  const seen = {
    findDueAt: [] as number[],
    charges: [] as { email: string; amountCents: number; reference: string }[],
    renewed: [] as [number, number][],
    pastDue: [] as number[],
    emails: [] as { to: string; template: string; data: Record<string, unknown> }[],
  };
  const deps = {
    clock: { now: () => now },
    subscriptions: {
      async findDue(at: number) {
        seen.findDueAt.push(at);
        return subs.filter((s) => s.renewsAt <= at).map((s) => ({ ...s }));
      },
      async markRenewed(id: number, next: number) {
        seen.renewed.push([id, next]);
      },
      async markPastDue(id: number) {
        seen.pastDue.push(id);
      },
    },
    payments: {
      async charge(request: { email: string; amountCents: number; reference: string }) {
        seen.charges.push(request);
        const outcome = outcomes[request.email] ?? {
          status: "paid",
          chargeId: `ch_${seen.charges.length}`,
        };
        if (outcome === "unreachable") throw new Error("connect ETIMEDOUT payments.test:443");
        return outcome;
      },
    },
    mailer: {
      async send(email: { to: string; template: string; data: Record<string, unknown> }) {
        seen.emails.push(email);
      },
    },
  };
  return { deps, seen };
}

const ada = { id: 1, email: "ada@example.com", priceCents: 1900, renewsAt: NOW - 2 * DAY };
const bo = { id: 2, email: "bo@example.com", priceCents: 2900, renewsAt: NOW - 1 * DAY };
const cy = { id: 3, email: "cy@example.com", priceCents: 4900, renewsAt: NOW - 3 * 60 * 1000 };
const later = { id: 4, email: "later@example.com", priceCents: 1900, renewsAt: NOW + DAY };

beforeEach(() => {
  world.db.resetCounters();
});

test("charges every due subscription its price, with a reference unique to the period", async () => {
  const { deps, seen } = fakeWorld([ada, bo, later]);
  const report = await createRenewalService(deps).renewDue();
  expect(report, "the renewal report").toEqual({ renewed: [1, 2], declined: [], failed: [] });
  expect(seen.charges, "charges sent to the payment gateway").toEqual([
    { email: "ada@example.com", amountCents: 1900, reference: `renewal-1-${ada.renewsAt}` },
    { email: "bo@example.com", amountCents: 2900, reference: `renewal-2-${bo.renewsAt}` },
  ]);
  expect(world.db.queryCount(), "SQL statements run against the real database").toBe(0);
  expect(world.http.calls().length, "real HTTP calls made").toBe(0);
});

test("asks the store for what is due at the injected clock's time, not the real one", async () => {
  // The world's clock says 1 January 2026; the injected clock says 10 March 2026.
  const { deps, seen } = fakeWorld([ada], {}, NOW);
  await createRenewalService(deps).renewDue();
  expect(seen.findDueAt, "the `now` passed to findDue").toEqual([NOW]);

  const early = fakeWorld([ada], {}, ada.renewsAt - 1);
  const report = await createRenewalService(early.deps).renewDue();
  expect(report.renewed, "subscriptions renewed 1 ms before they are due").toEqual([]);
  expect(early.seen.charges.length, "charges made 1 ms before anything is due").toBe(0);
});

test("a paid renewal moves the date one period on from the old date and emails a receipt", async () => {
  const { deps, seen } = fakeWorld([ada]);
  await createRenewalService(deps).renewDue();
  const next = ada.renewsAt + 30 * DAY;
  expect(
    seen.renewed,
    "markRenewed calls [id, nextRenewsAt] (30 days after the old date, not after now)",
  ).toEqual([[1, next]]);
  expect(seen.emails, "emails sent").toEqual([
    {
      to: "ada@example.com",
      template: "renewal-receipt",
      data: { amountCents: 1900, nextRenewsAt: next },
    },
  ]);
  expect(seen.pastDue, "subscriptions marked past due").toEqual([]);
});

test("a declined card marks the subscription past due, emails the customer and moves on", async () => {
  const { deps, seen } = fakeWorld([ada, bo, cy], {
    "bo@example.com": { status: "declined", reason: "insufficient_funds" },
  });
  const report = await createRenewalService(deps).renewDue();
  expect(report, "the renewal report").toEqual({ renewed: [1, 3], declined: [2], failed: [] });
  expect(seen.pastDue, "subscriptions marked past due").toEqual([2]);
  expect(
    seen.renewed.map(([id]) => id),
    "subscriptions marked renewed",
  ).toEqual([1, 3]);
  expect(
    seen.emails.filter((e) => e.to === "bo@example.com"),
    "emails to the declined customer",
  ).toEqual([
    { to: "bo@example.com", template: "payment-failed", data: { reason: "insufficient_funds" } },
  ]);
});

test("an unreachable gateway leaves the subscription untouched for the next run, and the rest still renew", async () => {
  const { deps, seen } = fakeWorld([ada, bo, cy], { "ada@example.com": "unreachable" });
  const report = await createRenewalService(deps).renewDue();
  expect(report, "the renewal report").toEqual({ renewed: [2, 3], declined: [], failed: [1] });
  expect(
    seen.renewed.some(([id]) => id === 1),
    "subscription 1 marked renewed without a known charge",
  ).toBe(false);
  expect(seen.pastDue, "subscriptions marked past due").toEqual([]);
  expect(
    seen.emails.some((e) => e.to === "ada@example.com"),
    "an email to the customer whose charge is unknown",
  ).toBe(false);
});

test("the production wiring renews through the real database, payment API and email queue", async () => {
  world.http.route("POST", "https://payments.test/charges", (req) => {
    const body = req.body as { email: string };
    return body.email === "broke@example.com"
      ? { status: 402, body: { decline_code: "card_declined" } }
      : { status: 200, body: { id: "ch_live_1", status: "succeeded" } };
  });
  const report = await renewDueSubscriptions();
  expect(report, "the renewal report on the seeded data").toEqual({
    renewed: [1],
    declined: [2],
    failed: [],
  });
  const { rows } = await world.db.query(
    "SELECT id, renews_at AS renewsAt, status FROM subscriptions ORDER BY id",
  );
  expect(rows[0], "subscription 1 after renewal").toEqual({
    id: 1,
    renewsAt: 1767139200000 + 30 * DAY,
    status: "active",
  });
  expect(rows[1]?.status, "status of subscription 2 after a declined card").toBe("past_due");
  const emails = await world.queue.peek<{ to: string; template: string }>("emails");
  expect(
    emails.map((m) => [m.body.to, m.body.template]),
    "emails queued",
  ).toEqual([
    ["ada@example.com", "renewal-receipt"],
    ["broke@example.com", "payment-failed"],
  ]);
});
