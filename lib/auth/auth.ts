// better-auth, configured for Pillars: email and password (scrypt, better-auth's memory-hard
// default; docs/decisions/006-auth.md), sessions in the store's database (so they survive a
// restart and can be revoked), a `role` on every user, and sign-in/sign-up rate limits counted
// in the database. Mounted at /api/auth by app/api/auth/[...all]/route.ts.
import { betterAuth } from "better-auth";
import type { Kysely } from "kysely";
import { CLIENT_IP_HEADER } from "../http/client.ts";
import type { StoreDialect } from "../store/db.ts";

export interface AuthOptions {
  // Any Kysely: better-auth reads and writes its own tables, not our typed ones.
  db: Kysely<never>;
  dialect: StoreDialect;
  secret: string;
  /** The site's origin; the only origin allowed to post to /api/auth. */
  baseURL: string;
  /** Sign-in and sign-up attempts allowed per client address per minute. */
  signInPerMinute?: number;
}

/** Passwords: long enough to resist guessing, bounded so hashing cannot be made expensive. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export function createAuth(options: AuthOptions) {
  const perMinute = options.signInPerMinute ?? 10;
  return betterAuth({
    appName: "Pillars",
    baseURL: options.baseURL,
    secret: options.secret,
    trustedOrigins: [new URL(options.baseURL).origin],
    database: { db: options.db, type: options.dialect },
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
    },
    user: {
      additionalFields: {
        // input: false: sign-up cannot choose a role; only an admin (or the CLI) sets one.
        role: { type: "string", required: false, defaultValue: "learner", input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // No cookie cache: every request reads the session row, so a revoked session ends at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: perMinute },
        "/sign-up/email": { window: 60, max: perMinute },
        "/change-password": { window: 60, max: perMinute },
      },
    },
    advanced: {
      // server.ts writes the client address into this header, replacing anything sent.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // better-auth skips its Origin checks when it detects a test runner; we test them, so
      // they are on everywhere, explicitly.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    logger: { level: "error" },
  });
}

export type Auth = ReturnType<typeof createAuth>;
