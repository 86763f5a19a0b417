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
 * The bucket lives in the cache, not in this process: every instance of the API behind the
 * load balancer shares it, so running four instances does not quadruple the limit. It is
 * stored as the token count and the time it was computed, and refilled lazily on each request
 * from the time that passed: no timer has to tick for idle clients.
 */
export async function takeToken(clientId: string): Promise<Decision> {
  const key = `ratelimit:${clientId}`;
  const now = clock.now();
  const saved = await cache.hgetall(key); // {} when the key does not exist: a full bucket

  let tokens = CAPACITY;
  if (saved.tokens !== undefined && saved.updatedAt !== undefined) {
    const refilled = (now - Number(saved.updatedAt)) / REFILL_INTERVAL_MS;
    tokens = Math.min(CAPACITY, Number(saved.tokens) + refilled);
  }

  const allowed = tokens >= 1;
  if (allowed) tokens -= 1;
  await cache.hset(key, { tokens, updatedAt: now });
  // Once the bucket would be full again it is no different from no bucket at all, so the key
  // expires then: idle clients cost no memory.
  await cache.pexpire(key, Math.ceil((CAPACITY - tokens) * REFILL_INTERVAL_MS));

  // Note: read-then-write is not atomic. With real Redis, two concurrent requests could both
  // see the last token; production limiters run this logic in one Lua script (EVAL).
  const retryAfterSeconds = allowed ? 0 : Math.ceil(((1 - tokens) * REFILL_INTERVAL_MS) / 1000);
  return { allowed, retryAfterSeconds };
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
    if (!decision.allowed) {
      return {
        status: 429,
        headers: { "retry-after": String(decision.retryAfterSeconds) },
        body: { error: "too many requests" },
      };
    }
    return handler(req);
  };
}

/** GET /events: the endpoint being protected. */
export const listEvents: Handler = async () => {
  const { rows } = await db.query("SELECT id, name, starts_at AS startsAt FROM events ORDER BY id");
  return { status: 200, body: rows };
};

export const app: Handler = rateLimited(listEvents);
