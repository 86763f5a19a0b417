import { http } from "@pillars/world";

export const CHARGES_URL = "https://payments.test/charges";

/**
 * Asks the payment provider to charge the card. Our own key travels on, so that the
 * provider also charges once if this very call is retried. Null when the provider failed.
 */
export async function charge(
  key: string,
  orderId: number,
  amountCents: number,
): Promise<{ chargeId: string } | null> {
  try {
    const res = await http.fetch(CHARGES_URL, {
      method: "POST",
      headers: { "Idempotency-Key": key },
      body: { amountCents, reference: `order-${orderId}` },
    });
    if (!res.ok) return null;
    const body = await res.json<{ id?: unknown }>();
    return typeof body.id === "string" ? { chargeId: body.id } : null;
  } catch {
    return null;
  }
}
