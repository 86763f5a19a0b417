import { db } from "@pillars/world";
import type { Handler, HttpResponse } from "@pillars/world";

interface ProductRow {
  id: number;
  name: string;
  price_cents: number;
  currency: string;
  discontinued: number;
}

/** v1, as published and relied on: the price is a decimal string in major units. */
export interface ProductV1 {
  id: number;
  name: string;
  price: string;
  currency: string;
}

/** v2: money as integer minor units with its currency; discontinued products are visible. */
export interface ProductV2 {
  id: number;
  name: string;
  price: { amountCents: number; currency: string };
  discontinued: boolean;
}

/** When v1 was deprecated and when it will stop answering (announced to clients). */
export const V1_DEPRECATION = "@1772323200"; // 2026-03-01T00:00:00Z, RFC 9745 format
export const V1_SUNSET = "Tue, 01 Sep 2026 00:00:00 GMT"; // RFC 8594: an HTTP-date

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { "Content-Type": "application/json", ...headers }, body };
}

function notFound(detail: string): HttpResponse {
  return {
    status: 404,
    headers: { "Content-Type": "application/problem+json" },
    body: { type: "about:blank", title: "Not Found", status: 404, detail },
  };
}

/** 2450 -> "24.50", 500 -> "5.00": integer arithmetic, so no float ever rounds a price. */
function formatMajorUnits(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

// v1 as it has run for a year. Mobile apps in the field depend on every detail of it.
async function showV1(id: number): Promise<HttpResponse> {
  const { rows } = await db.query<ProductRow>(
    "SELECT id, name, price_cents, currency, discontinued FROM products WHERE id = $1",
    [id],
  );
  const row = rows[0];
  if (!row || row.discontinued === 1) return notFound(`Product ${id} does not exist.`);
  const product: ProductV1 = {
    id: row.id,
    name: row.name,
    price: formatMajorUnits(row.price_cents),
    currency: row.currency,
  };
  // TODO 3: announce v1's retirement on every v1 answer: Deprecation (V1_DEPRECATION),
  //         Sunset (V1_SUNSET) and Link: </v2/products/<id>>; rel="successor-version".
  return json(200, product);
}

// TODO 1: add GET /v2/products/:id answering a ProductV2: the price as integer cents with
//         its currency, and discontinued products shown (discontinued: true), not hidden.
// TODO 2: keep v1 answering exactly as it does now. Consider moving the query into one
//         function that both versions use, with one small function per representation.

export const handler: Handler = async (req) => {
  const match = /^\/v1\/products\/(\d{1,15})$/.exec(req.path);
  if (!match) return notFound(`Nothing is at ${req.path}.`);
  if (req.method !== "GET") {
    return {
      status: 405,
      headers: { "Content-Type": "application/problem+json", Allow: "GET" },
      body: { type: "about:blank", title: "Method Not Allowed", status: 405 },
    };
  }
  return showV1(Number(match[1]));
};
