// The shop's own words for shipping. Checkout, the order emails and the invoices use only
// these types; none of them should ever learn how ParcelHub spells things.

export interface Parcel {
  postcode: string;
  /** ISO country code, e.g. "DE". */
  country: string;
  weightGrams: number;
}

export type ShippingSpeed = "express" | "standard";

export interface ShippingOption {
  speed: ShippingSpeed;
  /** Euro cents: the shop prices everything in EUR, as integers. */
  priceCents: number;
  /** The slowest delivery promised, in days. */
  maxDays: number;
}

/** The port checkout depends on. ParcelHub is one implementation; a fake is another. */
export interface ShippingQuotes {
  /** The options the shop can offer, cheapest first; rejects with a ShippingError. */
  optionsFor(parcel: Parcel): Promise<ShippingOption[]>;
}

export type ShippingErrorCode = "invalid-postcode" | "shipping-unavailable";

/** Shipping failed in a way checkout understands: ask for another postcode, or try later. */
export class ShippingError extends Error {
  code: ShippingErrorCode;

  constructor(code: ShippingErrorCode, message: string) {
    super(message);
    this.name = "ShippingError";
    this.code = code;
  }
}
