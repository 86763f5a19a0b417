import { http, log } from "@pillars/world";
import { createCircuitBreaker } from "./breaker.ts";
import { withTimeout } from "./timeout.ts";

export { CircuitOpenError, createCircuitBreaker } from "./breaker.ts";

export const CARRIER_URL = "https://carrier.test/quotes";
export const CARRIER_TIMEOUT_MS = 500;
/** What checkout shows when the carrier cannot quote: a flat rate, marked as an estimate. */
export const FLAT_RATE_CENTS = 495;

export interface ShippingQuote {
  priceCents: number;
  estimated: boolean;
}

// One breaker for the carrier, shared by every request.
const carrier = createCircuitBreaker({ failureThreshold: 3, openMs: 30_000 });

async function fetchQuote(postcode: string): Promise<number> {
  const res = await withTimeout(
    http.fetch(`${CARRIER_URL}?postcode=${encodeURIComponent(postcode)}`),
    CARRIER_TIMEOUT_MS,
  );
  if (!res.ok) throw new Error(`carrier answered ${res.status}`);
  const body = await res.json<{ priceCents?: unknown }>();
  if (typeof body.priceCents !== "number") throw new Error("carrier answered without a price");
  return body.priceCents;
}

export async function quoteShipping(postcode: string): Promise<ShippingQuote> {
  try {
    return { priceCents: await carrier.call(() => fetchQuote(postcode)), estimated: false };
  } catch (err) {
    // Open circuit or failed call: checkout goes on with the flat rate either way.
    log.warn("carrier quote unavailable, using the flat rate", {
      postcode,
      breaker: carrier.state(),
      reason: err instanceof Error ? err.message : String(err),
    });
    return { priceCents: FLAT_RATE_CENTS, estimated: true };
  }
}
