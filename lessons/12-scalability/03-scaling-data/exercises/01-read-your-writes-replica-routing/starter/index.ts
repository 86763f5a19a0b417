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

export function createDbRouter(
  primary: SqlClient,
  replica: SqlClient,
  readYourWritesMs: number = READ_YOUR_WRITES_MS,
): DbRouter {
  // Unused until you implement read-your-writes (the shared cache and the clock are imported for it).
  void cache;
  void clock;
  void readYourWritesMs;
  return {
    async query(userId, sql, params = []) {
      // TODO: only plain SELECTs may go to the replica; every other statement (and
      //       SELECT ... FOR UPDATE) must go to the primary.
      // TODO: after a successful write, remember (in the shared cache, with a TTL) that
      //       this user wrote, and send their reads to the primary for readYourWritesMs.
      void userId;
      if (sql.trim().toUpperCase().startsWith("SELECT")) return replica.query(sql, params);
      return primary.query(sql, params);
    },
  };
}
