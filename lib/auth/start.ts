// Accounts for the running app: better-auth over the store's database, its secret and origin
// from the environment. The tables come from the store's own migrations (002-auth).
import type { Env } from "../env.ts";
import type { Store } from "../store/db.ts";
import { createAuth } from "./auth.ts";
import type { Auth } from "./auth.ts";
import { resolveAuthSecret } from "./secret.ts";

export function siteOrigin(env: Env): string {
  return env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`;
}

export function startAuth(env: Env, store: Store, production: boolean): Auth {
  const secret = resolveAuthSecret({
    secret: env.BETTER_AUTH_SECRET,
    dataDir: env.PILLARS_DATA_DIR,
    production,
  });
  return createAuth({
    db: store.db as never,
    dialect: store.dialect,
    secret,
    baseURL: siteOrigin(env),
  });
}
