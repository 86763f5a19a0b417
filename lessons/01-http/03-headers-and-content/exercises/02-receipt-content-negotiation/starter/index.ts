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

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { "Content-Type": "application/json", ...headers }, body };
}

/**
 * Picks the representation to send from the request's Accept header, or null when the
 * client accepts none of SUPPORTED.
 */
function negotiate(accept: string | undefined): Supported | null {
  // TODO: parse the comma-separated media ranges, each with an optional ";q=0.5"
  //       (default 1); media types are case-insensitive.
  // TODO: for each supported type, find the q of the most specific range that names it
  //       (exact type beats "text/*", which beats "*/*"); no range naming it means q = 0.
  // TODO: return the type with the highest q above 0; on a tie, the earlier one in
  //       SUPPORTED. A missing Accept header means "anything".
  void accept;
  return "application/json";
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
  // TODO: answer 406 with a JSON body listing SUPPORTED when `type` is null.
  // TODO: answer CSV (Content-Type "text/csv; charset=utf-8", body toCsv(rows)) when chosen.
  // TODO: every response depends on Accept: say so with a Vary header.
  void type;
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
  // Request header names arrive in lower case.
  return showReceipt(Number(match[1]), req.headers["accept"]);
};
