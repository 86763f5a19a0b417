import { db } from "@pillars/world";
import type { Handler, HttpRequest, HttpResponse } from "@pillars/world";

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

// The first version paginates with OFFSET: the cursor is simply how many rows to skip.
// It works on a quiet database and breaks as soon as events arrive while a client pages.
//
// TODO 1: validate `limit`: absent means DEFAULT_LIMIT; a whole number above MAX_LIMIT is
//         capped at MAX_LIMIT; anything else (0, -3, "ten", "2.5") is a 400 problem.
// TODO 2: replace the offset with a keyset cursor: remember the (occurredAt, id) of the last
//         item, and fetch the rows strictly after it in the feed's order.
// TODO 3: make the cursor opaque: write encodeCursor and decodeCursor in cursor.ts, and
//         answer a 400 problem for any cursor this API did not issue.
// TODO 4: nextCursor is null when there is no next page (fetch one row more than `limit`).
async function listEvents(req: HttpRequest): Promise<HttpResponse> {
  const limit = Number(req.query.limit ?? DEFAULT_LIMIT);
  const offset = Number(req.query.cursor ?? 0);

  const { rows } = await db.query<FeedEvent>(
    `SELECT ${COLUMNS} FROM events ORDER BY occurred_at DESC, id DESC LIMIT $1 OFFSET $2`,
    [limit, offset],
  );
  const nextCursor = rows.length === limit ? String(offset + limit) : null;
  return json(200, { items: rows, nextCursor });
}

export const handler: Handler = async (req) => {
  if (req.path !== "/events") return problem(404, "Not Found", `Nothing is at ${req.path}.`);
  if (req.method !== "GET") {
    const res = problem(405, "Method Not Allowed", `${req.method} is not supported here.`);
    return { ...res, headers: { ...res.headers, Allow: "GET" } };
  }
  return listEvents(req);
};
