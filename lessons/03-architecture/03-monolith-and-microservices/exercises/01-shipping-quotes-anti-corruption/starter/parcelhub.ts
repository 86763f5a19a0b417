import { http } from "@pillars/world";
import type { ShippingOption, ShippingQuotes } from "./domain.ts";

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

export const parcelHubQuotes: ShippingQuotes = {
  async optionsFor(parcel) {
    const res = await http.fetch(PARCELHUB_RATES_URL, {
      method: "POST",
      body: {
        dest_postcode: parcel.postcode,
        dest_country: parcel.country,
        weight_kg: parcel.weightGrams / 1000,
      },
    });
    const reply = await res.json<ParcelHubReply>();
    // The first version passes ParcelHub's shape straight through, so "svc", "amt" and
    // "1-2" reach checkout, and a Fault or an outage surfaces as a TypeError.
    // TODO 1: translate each rate into a ShippingOption (speed, priceCents, maxDays), skipping
    //         what the shop cannot offer, cheapest first.
    // TODO 2: translate failures into ShippingError: a Fault E_ZIP is "invalid-postcode";
    //         any other failure (a non-200, a reply of the wrong shape) "shipping-unavailable".
    // TODO 3: give up with "shipping-unavailable" after PARCELHUB_TIMEOUT_MS.
    return (reply.RateReply?.Rates ?? []) as unknown as ShippingOption[];
  },
};
