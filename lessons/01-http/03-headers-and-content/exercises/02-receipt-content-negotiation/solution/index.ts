import { db } from "@pillars/world";
import type { Handler, HttpResponse } from "@pillars/world";

interface LineRow {
  sku: string;
  name: string;
  quantity: number;
  unit_price_cents: number;
}

/** What the server can produce, in its own order of preference (used to break ties). */
const SUPPORTED = ["application/json", "text/csv"] as const;
type Supported = (typeof SUPPORTED)[number];

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

// The response depends on the Accept header, so every answer says so: a shared cache that
// ignored this would hand a CSV receipt to the next client who asked for JSON.
const VARY = { Vary: "Accept" };

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { "Content-Type": "application/json", ...VARY, ...headers }, body };
}

/** "text/csv;q=0.9, application/*;q=0.5" -> one range per comma-separated part. */
function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of header.split(",")) {
    const [mediaType = "", ...params] = part.split(";").map((s) => s.trim());
    // Media types are case-insensitive: "Text/CSV" is "text/csv".
    const [type, subtype] = mediaType.toLowerCase().split("/");
    if (!type || !subtype) continue; // not a media range: ignore it rather than fail
    let q = 1;
    for (const param of params) {
      const [name = "", value = ""] = param.split("=").map((s) => s.trim());
      if (name.toLowerCase() !== "q") continue;
      const n = Number(value);
      q = value !== "" && Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 0;
    }
    ranges.push({ type, subtype, q });
  }
  return ranges;
}

/** How closely a range names a type: 2 exact, 1 "text/*", 0 the wildcard, -1 no match. */
function specificity(range: MediaRange, type: string, subtype: string): number {
  if (range.type === type && range.subtype === subtype) return 2;
  if (range.type === type && range.subtype === "*") return 1;
  if (range.type === "*" && range.subtype === "*") return 0;
  return -1;
}

/**
 * The client's preference for one type: the q of the most specific range that names it,
 * so "text/csv;q=0" rules out CSV even when the wildcard would allow it. 0 when nothing names it.
 */
function qualityOf(ranges: MediaRange[], mediaType: Supported): number {
  const [type = "", subtype = ""] = mediaType.split("/");
  let best = -1;
  let q = 0;
  for (const range of ranges) {
    const s = specificity(range, type, subtype);
    if (s > best) {
      best = s;
      q = range.q;
    }
  }
  return q;
}

function negotiate(accept: string | undefined): Supported | null {
  // No Accept header means the client takes anything.
  const ranges = parseAccept(accept === undefined || accept.trim() === "" ? "*/*" : accept);
  let chosen: Supported | null = null;
  let bestQ = 0;
  for (const type of SUPPORTED) {
    const q = qualityOf(ranges, type);
    // Strictly greater: on a tie the server's earlier preference stays.
    if (q > bestQ) {
      chosen = type;
      bestQ = q;
    }
  }
  return chosen;
}

function toCsv(lines: LineRow[]): string {
  // Names in this shop contain no commas or quotes; real code would escape fields or use a
  // CSV library.
  const rows = lines.map((l) => [l.sku, l.name, l.quantity, l.unit_price_cents].join(","));
  return ["sku,name,quantity,unit_price_cents", ...rows].join("\n") + "\n";
}

async function showReceipt(orderId: number, accept: string | undefined): Promise<HttpResponse> {
  const { rows } = await db.query<LineRow>(
    `SELECT sku, name, quantity, unit_price_cents FROM order_lines
     WHERE order_id = $1 ORDER BY line_no`,
    [orderId],
  );
  if (rows.length === 0) {
    return json(404, { error: "not_found", message: `Order ${orderId} does not exist.` });
  }

  const type = negotiate(accept);
  if (type === null) {
    // Say what we can produce, so the client can ask again.
    return json(406, {
      error: "not_acceptable",
      message: "This receipt is available as application/json or text/csv.",
      supported: [...SUPPORTED],
    });
  }
  if (type === "text/csv") {
    return {
      status: 200,
      headers: { "Content-Type": "text/csv; charset=utf-8", ...VARY },
      body: toCsv(rows),
    };
  }
  const lines = rows.map((l) => ({
    sku: l.sku,
    name: l.name,
    quantity: l.quantity,
    unitPriceCents: l.unit_price_cents,
  }));
  const totalCents = rows.reduce((sum, l) => sum + l.quantity * l.unit_price_cents, 0);
  return json(200, { orderId, lines, totalCents });
}

export const handler: Handler = async (req) => {
  const match = /^\/orders\/(\d+)\/receipt$/.exec(req.path);
  if (!match) return json(404, { error: "not_found", message: `No route for ${req.path}.` });
  if (req.method !== "GET") {
    return json(405, { error: "method_not_allowed" }, { Allow: "GET" });
  }
  return showReceipt(Number(match[1]), req.headers["accept"]);
};
