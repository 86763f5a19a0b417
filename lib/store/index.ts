// Opening the store for the app: the configured database, migrated to the latest schema.
import type { Env } from "../env.ts";
import type { Logger } from "../observability/logger.ts";
import { openStore } from "./db.ts";
import type { Store } from "./db.ts";
import { migrateToLatest } from "./migrate.ts";

export type { Store } from "./db.ts";

export async function startStore(env: Env, logger: Logger): Promise<Store> {
  const store = openStore({
    dataDir: env.PILLARS_DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    onPoolError: (error) => logger.error({ err: error }, "store: idle connection failed"),
  });
  try {
    const { applied } = await migrateToLatest(store.db);
    logger.info({ dialect: store.dialect, applied }, "store: migrated");
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
