// The adapters: the ports implemented on the real world (the database, the payment provider's
// HTTP API, the email queue, the clock). Already written and tested; you should not need to
// change this file.
import { clock, db, http, queue } from "@pillars/world";
import type {
  Clock,
  Mailer,
  PaymentGateway,
  RenewalDependencies,
  SubscriptionStore,
} from "./ports.ts";

export const sqlSubscriptions: SubscriptionStore = {
  async findDue(now) {
    const { rows } = await db.query(
      `SELECT id, email, price_cents AS priceCents, renews_at AS renewsAt
         FROM subscriptions WHERE status = 'active' AND renews_at <= $1 ORDER BY id`,
      [now],
    );
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      priceCents: row.priceCents,
      renewsAt: row.renewsAt,
    }));
  },
  async markRenewed(id, nextRenewsAt) {
    await db.query("UPDATE subscriptions SET renews_at = $1 WHERE id = $2", [nextRenewsAt, id]);
  },
  async markPastDue(id) {
    await db.query("UPDATE subscriptions SET status = 'past_due' WHERE id = $1", [id]);
  },
};

export const httpPayments: PaymentGateway = {
  async charge({ email, amountCents, reference }) {
    const res = await http.fetch("https://payments.test/charges", {
      method: "POST",
      body: { email, amount_cents: amountCents, reference },
    });
    if (res.status === 200) {
      const body = await res.json<{ id: string }>();
      return { status: "paid", chargeId: body.id };
    }
    if (res.status === 402) {
      const body = await res.json<{ decline_code: string }>();
      return { status: "declined", reason: body.decline_code };
    }
    throw new Error(`payment provider answered ${res.status}`);
  },
};

export const queueMailer: Mailer = {
  async send(email) {
    await queue.send("emails", email);
  },
};

export const worldClock: Clock = { now: () => clock.now() };

export function worldDependencies(): RenewalDependencies {
  return {
    subscriptions: sqlSubscriptions,
    payments: httpPayments,
    mailer: queueMailer,
    clock: worldClock,
  };
}
