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

// One query for both versions: the versions differ in representation, not in data.
async function loadProduct(id: number): Promise<ProductRow | null> {
  const { rows } = await db.query<ProductRow>(
    "SELECT id, name, price_cents, currency, discontinued FROM products WHERE id = $1",
    [id],
  );
  return rows[0] ?? null;
}

/** 2450 -> "24.50", 500 -> "5.00": integer arithmetic, so no float ever rounds a price. */
function formatMajorUnits(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

function toV1(row: ProductRow): ProductV1 {
  return {
    id: row.id,
    name: row.name,
    price: formatMajorUnits(row.price_cents),
    currency: row.currency,
  };
}

function toV2(row: ProductRow): ProductV2 {
  return {
    id: row.id,
    name: row.name,
    price: { amountCents: row.price_cents, currency: row.currency },
    discontinued: row.discontinued === 1,
  };
}

async function showV1(id: number): Promise<HttpResponse> {
  const row = await loadProduct(id);
  // v1 never showed discontinued products; changing that would change v1's meaning.
  if (!row || row.discontinued === 1) return notFound(`Product ${id} does not exist.`);
  // Every v1 answer says it is deprecated, when it goes away, and where to go instead.
  return json(200, toV1(row), {
    Deprecation: V1_DEPRECATION,
    Sunset: V1_SUNSET,
    Link: `</v2/products/${id}>; rel="successor-version"`,
  });
}

async function showV2(id: number): Promise<HttpResponse> {
  const row = await loadProduct(id);
  return row ? json(200, toV2(row)) : notFound(`Product ${id} does not exist.`);
}

export const handler: Handler = async (req) => {
  const match = /^\/(v1|v2)\/products\/(\d{1,15})$/.exec(req.path);
  if (!match) return notFound(`Nothing is at ${req.path}.`);
  if (req.method !== "GET") {
    return {
      status: 405,
      headers: { "Content-Type": "application/problem+json", Allow: "GET" },
      body: { type: "about:blank", title: "Method Not Allowed", status: 405 },
    };
  }
  const id = Number(match[2]);
  return match[1] === "v1" ? showV1(id) : showV2(id);
};
