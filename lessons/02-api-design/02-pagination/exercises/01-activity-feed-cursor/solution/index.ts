import { db } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";
import { decodeCursor, encodeCursor } from "./cursor.ts";

export interface FeedEvent {
  id: number;
  type: string;
  summary: string;
  occurredAt: string;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

const COLUMNS = "id, type, summary, occurred_at AS occurredAt";

function json(status: number, body: unknown): HttpResponse {
  return { status, headers: { "Content-Type": "application/json" }, body };
}

function problem(status: number, title: string, detail: string): HttpResponse {
  return {
    status,
    headers: { "Content-Type": "application/problem+json" },
    body: { type: "about:blank", title, status, detail },
  };
}

/** A whole number of at least 1, capped at MAX_LIMIT; null when it is not usable. */
function parseLimit(raw: string | undefined): number | null {
  if (raw === undefined) return DEFAULT_LIMIT;
  if (!/^\d{1,6}$/.test(raw)) return null;
  const limit = Number(raw);
  if (limit < 1) return null;
  // Capped, not refused: the server, not the client, decides how much one request may cost.
  return Math.min(limit, MAX_LIMIT);
}

async function listEvents(req: HttpRequest): Promise<HttpResponse> {
  const limit = parseLimit(req.query.limit);
  if (limit === null) {
    return problem(400, "Bad Request", `limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  }

  const cursor = req.query.cursor;
  const after = cursor === undefined ? null : decodeCursor(cursor);
  if (cursor !== undefined && after === null) {
    return problem(400, "Bad Request", "cursor is not one this API issued; start without it.");
  }

  // Keyset pagination: continue strictly after the last item the client saw, in the feed's
  // total order (occurred_at, then id to break ties between events of the same second).
  // Inserts and deletes elsewhere do not move that position, unlike an OFFSET.
  // One row more than the page tells whether another page exists.
  const { rows } =
    after === null
      ? await db.query<FeedEvent>(
          `SELECT ${COLUMNS} FROM events ORDER BY occurred_at DESC, id DESC LIMIT $1`,
          [limit + 1],
        )
      : await db.query<FeedEvent>(
          `SELECT ${COLUMNS} FROM events WHERE (occurred_at, id) < ($1, $2)
           ORDER BY occurred_at DESC, id DESC LIMIT $3`,
          [after.occurredAt, after.id, limit + 1],
        );

  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  // No cursor on the last page: the client stops without asking for an empty page.
  const nextCursor = rows.length > limit && last ? encodeCursor(last) : null;
  return json(200, { items, nextCursor });
}

export const handler: Handler = async (req) => {
  if (req.path !== "/events") return problem(404, "Not Found", `Nothing is at ${req.path}.`);
  if (req.method !== "GET") {
    const res = problem(405, "Method Not Allowed", `${req.method} is not supported here.`);
    return { ...res, headers: { ...res.headers, Allow: "GET" } };
  }
  return listEvents(req);
};
