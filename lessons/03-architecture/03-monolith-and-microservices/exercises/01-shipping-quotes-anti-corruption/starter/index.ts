export { parcelHubQuotes, PARCELHUB_RATES_URL, PARCELHUB_TIMEOUT_MS } from "./parcelhub.ts";
export { ShippingError } from "./domain.ts";
