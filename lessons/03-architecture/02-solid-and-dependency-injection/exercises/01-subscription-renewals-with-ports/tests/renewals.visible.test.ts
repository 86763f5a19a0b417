import { test, expect, world } from "@pillars/test";
import { createRenewalService } from "@pillars/learner";

test("renews a due subscription using only the fakes it is given", async () => {
  const NOW = Date.UTC(2026, 2, 1); // the fake clock says 1 March 2026
  const sub = {
    id: 7,
    email: "ada@example.com",
    priceCents: 1900,
    renewsAt: Date.UTC(2026, 1, 28),
  };
  const charges: unknown[] = [];
  const service = createRenewalService({
    clock: { now: () => NOW },
    subscriptions: {
      findDue: async (now: number) => (sub.renewsAt <= now ? [sub] : []),
      markRenewed: async () => {},
      markPastDue: async () => {},
    },
    payments: {
      charge: async (request: unknown) => {
        charges.push(request);
        return { status: "paid", chargeId: "ch_1" };
      },
    },
    mailer: { send: async () => {} },
  });

  world.db.resetCounters();
  const report = await service.renewDue();

  expect(report, "the renewal report").toEqual({ renewed: [7], declined: [], failed: [] });
  expect(charges.length, "charges made").toBe(1);
  expect(world.db.queryCount(), "SQL statements run (the fakes replace the database)").toBe(0);
});
