import { http } from "@pillars/world";
import { ShippingError } from "./domain.ts";
import type { FetchResponse } from "@pillars/world";
import type { Parcel, ShippingOption, ShippingQuotes, ShippingSpeed } from "./domain.ts";

export const PARCELHUB_RATES_URL = "https://parcelhub.test/v2/rates";
/** How long checkout may wait for ParcelHub before giving up. */
export const PARCELHUB_TIMEOUT_MS = 2000;

// ParcelHub's wire format, from their (old) API documentation. Amounts are decimal strings,
// days are ranges like "1-2", and errors come back as a Fault inside a 200.
interface ParcelHubRate {
  svc: string; // "EXP" express, "STD" standard, others the shop does not sell
  amt: string; // "12.50"
  cur: string; // "EUR"
  days: string; // "1-2" or "3"
}
interface ParcelHubReply {
  RateReply?: { Rates?: ParcelHubRate[] };
  Fault?: { code: string; text: string }; // code "E_ZIP": the postcode is not valid
}

// Everything below translates between ParcelHub's model and the shop's. It is the only code
// that knows ParcelHub's names, so replacing ParcelHub means rewriting this file and no other.
// A Map, not an object literal: a code such as "toString" must not find Object.prototype's.
const SPEEDS = new Map<string, ShippingSpeed>([
  ["EXP", "express"],
  ["STD", "standard"],
]);

const unavailable = () =>
  new ShippingError("shipping-unavailable", "Shipping prices are unavailable right now.");

/** "12.5" -> 1250, exactly: parsing a float and multiplying would make "4.35" 434.99999... */
function toCents(amount: unknown): number | null {
  const match = typeof amount === "string" ? /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim()) : null;
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** "1-2" -> 2, "3" -> 3: checkout promises the slow end of the range. */
function toMaxDays(days: unknown): number | null {
  const match = typeof days === "string" ? /^(?:\d+-)?(\d+)$/.exec(days.trim()) : null;
  return match ? Number(match[1]) : null;
}

/** One rate in the shop's terms, or null for a rate the shop cannot offer or cannot read. */
function toOption(rate: ParcelHubRate): ShippingOption | null {
  const speed = SPEEDS.get(rate?.svc);
  const priceCents = toCents(rate?.amt);
  const maxDays = toMaxDays(rate?.days);
  if (!speed || rate.cur !== "EUR" || priceCents === null || maxDays === null) return null;
  return { speed, priceCents, maxDays };
}

/** A remote call can hang; a checkout page cannot. Reject once the budget is spent. */
async function fetchWithTimeout(parcel: Parcel): Promise<FetchResponse> {
  let timer: number | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unavailable()), PARCELHUB_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      http.fetch(PARCELHUB_RATES_URL, {
        method: "POST",
        body: {
          dest_postcode: parcel.postcode,
          dest_country: parcel.country,
          weight_kg: parcel.weightGrams / 1000,
        },
      }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export const parcelHubQuotes: ShippingQuotes = {
  async optionsFor(parcel) {
    let reply: ParcelHubReply;
    try {
      const res = await fetchWithTimeout(parcel);
      if (res.status !== 200) throw unavailable();
      reply = await res.json<ParcelHubReply>();
    } catch {
      // Network errors, timeouts, HTML error pages: checkout only needs to know "not now".
      // ParcelHub's own text stays here, where it would be logged, never shown to customers.
      throw unavailable();
    }
    if (reply?.Fault?.code === "E_ZIP") {
      throw new ShippingError("invalid-postcode", "We do not recognise that postcode.");
    }
    const rates = reply?.RateReply?.Rates;
    if (!Array.isArray(rates)) throw unavailable();
    return rates
      .map(toOption)
      .filter((option): option is ShippingOption => option !== null)
      .sort((a, b) => a.priceCents - b.priceCents);
  },
};
