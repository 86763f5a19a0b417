import { cache, clock, db } from "@pillars/world";
import type { Handler, HttpRequest } from "@pillars/world";

/** A client may burst up to CAPACITY requests, then one per REFILL_INTERVAL_MS on average. */
export const CAPACITY = 5;
export const REFILL_INTERVAL_MS = 10_000;

export interface Decision {
  allowed: boolean;
  /** When refused: whole seconds until a token is available. 0 when allowed. */
  retryAfterSeconds: number;
}

/**
 * Takes one token from the client's bucket, if there is one.
 *
 * TODO: keep the bucket in the cache (every instance of the API shares it), for example in a
 * hash `ratelimit:<clientId>` with the token count and the time it was last updated:
 *   1. read it (a missing bucket is a full one: CAPACITY tokens);
 *   2. add the tokens earned since it was updated, one per REFILL_INTERVAL_MS, at most CAPACITY;
 *   3. if at least one token is left, take it; otherwise refuse and say how many whole
 *      seconds until the next token;
 *   4. save it, with an expiry so that buckets of idle clients disappear.
 */
export async function takeToken(clientId: string): Promise<Decision> {
  return { allowed: true, retryAfterSeconds: 0 };
}

/** The API key that identifies the client, if it is well-formed (it becomes part of a key). */
function clientOf(req: HttpRequest): string | null {
  const apiKey = req.headers["x-api-key"] ?? "";
  return /^[A-Za-z0-9_-]{1,64}$/.test(apiKey) ? apiKey : null;
}

/** Runs `handler` only for clients with a token left; others get 429 and when to retry. */
export function rateLimited(handler: Handler): Handler {
  return async (req) => {
    const client = clientOf(req);
    if (!client) return { status: 401, body: { error: "API key required" } };
    const decision = await takeToken(client);
    // TODO: when the decision is a refusal, answer 429 with a Retry-After header (whole
    // seconds) and a short generic body, without calling the handler.
    return handler(req);
  };
}

/** GET /events: the endpoint being protected. */
export const listEvents: Handler = async () => {
  const { rows } = await db.query("SELECT id, name, starts_at AS startsAt FROM events ORDER BY id");
  return { status: 200, body: rows };
};

export const app: Handler = rateLimited(listEvents);
