import { catalog } from "./catalog/index.ts";
import { createOrderSummaries } from "./orders/summaries.ts";

export { createOrderSummaries } from "./orders/summaries.ts";

/** The application's wiring: the orders module gets the catalog's public interface. */
export const orderSummaries = createOrderSummaries(catalog);
