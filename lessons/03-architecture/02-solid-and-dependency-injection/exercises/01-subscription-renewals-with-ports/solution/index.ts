// Nothing here imports "@pillars/world": the service gets everything it touches as a
// parameter, so the caller decides whether that is the real world or a test's fakes.
import { worldDependencies } from "./adapters.ts";
import { RENEWAL_PERIOD_MS } from "./ports.ts";
import type { RenewalDependencies, RenewalReport, RenewalService, Subscription } from "./ports.ts";

export { RENEWAL_PERIOD_MS } from "./ports.ts";

export function createRenewalService({
  subscriptions,
  payments,
  mailer,
  clock,
}: RenewalDependencies): RenewalService {
  async function renew(sub: Subscription): Promise<keyof RenewalReport> {
    let result;
    try {
      // The same reference on every attempt for this period: if a run dies after the gateway
      // charged but before we recorded it, the next run's retry is recognised, not charged again.
      result = await payments.charge({
        email: sub.email,
        amountCents: sub.priceCents,
        reference: `renewal-${sub.id}-${sub.renewsAt}`,
      });
    } catch {
      // Outcome unknown: change nothing, so the subscription is still due on the next run.
      return "failed";
    }
    if (result.status === "declined") {
      await subscriptions.markPastDue(sub.id);
      await mailer.send({
        to: sub.email,
        template: "payment-failed",
        data: { reason: result.reason },
      });
      return "declined";
    }
    // From the end of the old period, not from now: a job that runs late must not shift the
    // customer's billing date a little later every month.
    const nextRenewsAt = sub.renewsAt + RENEWAL_PERIOD_MS;
    await subscriptions.markRenewed(sub.id, nextRenewsAt);
    await mailer.send({
      to: sub.email,
      template: "renewal-receipt",
      data: { amountCents: sub.priceCents, nextRenewsAt },
    });
    return "renewed";
  }

  return {
    async renewDue() {
      const report: RenewalReport = { renewed: [], declined: [], failed: [] };
      // One at a time: a payment provider rarely thanks you for a burst of charges.
      for (const sub of await subscriptions.findDue(clock.now())) {
        report[await renew(sub)].push(sub.id);
      }
      return report;
    },
  };
}

/** The production wiring: the one place that picks the real adapters. */
export async function renewDueSubscriptions(): Promise<RenewalReport> {
  return createRenewalService(worldDependencies()).renewDue();
}
