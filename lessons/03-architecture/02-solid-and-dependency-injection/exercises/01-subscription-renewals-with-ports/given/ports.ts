// The ports: what the renewal service needs from the outside world, described from the
// service's side. Anything that has these methods will do: the real adapters in adapters.ts,
// or a fake a test builds in three lines.

export interface Subscription {
  id: number;
  email: string;
  priceCents: number;
  /** When the current period ends, in epoch milliseconds. */
  renewsAt: number;
}

export interface SubscriptionStore {
  /** Active subscriptions whose renewsAt is at or before `now`, in id order. */
  findDue(now: number): Promise<Subscription[]>;
  markRenewed(id: number, nextRenewsAt: number): Promise<void>;
  markPastDue(id: number): Promise<void>;
}

export type ChargeResult =
  { status: "paid"; chargeId: string } | { status: "declined"; reason: string };

export interface PaymentGateway {
  /**
   * Charges a customer. Rejects when the gateway cannot be reached or answers nonsense: then
   * nobody knows whether the money moved. `reference` lets the gateway recognise a retry of a
   * charge it already made and answer with the first result instead of charging twice.
   */
  charge(request: { email: string; amountCents: number; reference: string }): Promise<ChargeResult>;
}

export interface Email {
  to: string;
  template: "renewal-receipt" | "payment-failed";
  data: Record<string, unknown>;
}

export interface Mailer {
  send(email: Email): Promise<void>;
}

export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
}

export interface RenewalDependencies {
  subscriptions: SubscriptionStore;
  payments: PaymentGateway;
  mailer: Mailer;
  clock: Clock;
}

/** Subscription ids by outcome. */
export interface RenewalReport {
  renewed: number[];
  declined: number[];
  failed: number[];
}

export interface RenewalService {
  renewDue(): Promise<RenewalReport>;
}

/** One billing period: 30 days. */
export const RENEWAL_PERIOD_MS = 30 * 24 * 60 * 60 * 1000;
