import { cache, clock } from "@pillars/world";
import type { QueryResult } from "@pillars/world";

/** The part of a database client the router needs: the primary and the replica both have it. */
export interface SqlClient {
  query(sql: string, params?: unknown[]): Promise<QueryResult>;
}

export interface DbRouter {
  /** Runs `sql` for `userId` on the primary or the replica. */
  query(userId: string, sql: string, params?: unknown[]): Promise<QueryResult>;
}

export const READ_YOUR_WRITES_MS = 5_000;

// A plain SELECT can be answered by the replica. Anything else, including a statement we
// do not recognise, goes to the primary: sending a write to a read-only replica fails, and
// sending a read to the primary is only a little more load.
function isReplicaSafeRead(sql: string): boolean {
  const text = sql.trim();
  // SELECT ... FOR UPDATE takes row locks, which only the primary can hold.
  return /^select\b/i.test(text) && !/\bfor\s+(update|share)\b/i.test(text);
}

// The "this user just wrote" marker lives in the shared cache, not in this object: the
// user's next request may reach another app server, which must see the marker too. The
// TTL removes it when the window closes, so nothing grows without bound.
const recentWriteKey = (userId: string) => `ryw:${userId}`;

export function createDbRouter(
  primary: SqlClient,
  replica: SqlClient,
  readYourWritesMs: number = READ_YOUR_WRITES_MS,
): DbRouter {
  return {
    async query(userId, sql, params = []) {
      if (!isReplicaSafeRead(sql)) {
        const result = await primary.query(sql, params);
        // Mark after the write succeeded: the window must cover the replica's lag from the
        // moment the primary has the new row. A failed write threw above and marks nothing.
        await cache.set(recentWriteKey(userId), clock.now(), "PX", readYourWritesMs);
        return result;
      }
      const wroteRecently = (await cache.exists(recentWriteKey(userId))) === 1;
      return wroteRecently ? primary.query(sql, params) : replica.query(sql, params);
    },
  };
}
