import { db, http, queue } from "@pillars/world";
import { RENEWAL_PERIOD_MS } from "./ports.ts";
import type { RenewalDependencies, RenewalReport, RenewalService } from "./ports.ts";

export { RENEWAL_PERIOD_MS } from "./ports.ts";

// The nightly renewal job as it runs today. Its logic is right, but it reaches straight for
// the database, the payment provider, the email queue and Date.now(). Testing "a declined
// card marks the subscription past due" means seeding a database, faking an HTTP service and
// reading a queue; testing "renewal on the 31st" means waiting for the 31st.
async function renewDueHardWired(): Promise<RenewalReport> {
  const report: RenewalReport = { renewed: [], declined: [], failed: [] };
  const { rows: due } = await db.query(
    `SELECT id, email, price_cents AS priceCents, renews_at AS renewsAt
       FROM subscriptions WHERE status = 'active' AND renews_at <= $1 ORDER BY id`,
    [Date.now()],
  );
  for (const sub of due) {
    const reference = `renewal-${sub.id}-${sub.renewsAt}`;
    let res;
    try {
      res = await http.fetch("https://payments.test/charges", {
        method: "POST",
        body: { email: sub.email, amount_cents: sub.priceCents, reference },
      });
    } catch {
      report.failed.push(sub.id);
      continue;
    }
    if (res.status === 200) {
      const nextRenewsAt = sub.renewsAt + RENEWAL_PERIOD_MS;
      await db.query("UPDATE subscriptions SET renews_at = $1 WHERE id = $2", [
        nextRenewsAt,
        sub.id,
      ]);
      await queue.send("emails", {
        to: sub.email,
        template: "renewal-receipt",
        data: { amountCents: sub.priceCents, nextRenewsAt },
      });
      report.renewed.push(sub.id);
    } else if (res.status === 402) {
      const { decline_code: reason } = await res.json<{ decline_code: string }>();
      await db.query("UPDATE subscriptions SET status = 'past_due' WHERE id = $1", [sub.id]);
      await queue.send("emails", { to: sub.email, template: "payment-failed", data: { reason } });
      report.declined.push(sub.id);
    } else {
      report.failed.push(sub.id);
    }
  }
  return report;
}

// TODO 1: move the logic of renewDueHardWired here, written against `deps` only:
//         deps.clock.now() instead of Date.now(), deps.subscriptions instead of SQL,
//         deps.payments.charge(...) instead of http.fetch, deps.mailer.send(...) instead of queue.
//         This file should end up importing nothing from "@pillars/world".
export function createRenewalService(deps: RenewalDependencies): RenewalService {
  void deps;
  return {
    async renewDue() {
      throw new Error("TODO: createRenewalService");
    },
  };
}

// TODO 2: wire the real adapters instead (adapters.ts has worldDependencies()):
//         createRenewalService(worldDependencies()).renewDue()
export async function renewDueSubscriptions(): Promise<RenewalReport> {
  return renewDueHardWired();
}
