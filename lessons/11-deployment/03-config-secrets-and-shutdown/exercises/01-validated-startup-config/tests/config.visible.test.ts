import { test, expect } from "@pillars/test";
import { loadConfig } from "@pillars/learner";

const secret = "k3v9-long-random-session-secret-0001";

test("variables become typed values, with defaults for the ones left out", () => {
  const config = loadConfig({
    DATABASE_URL: "postgres://tickets:pw@db.internal:5432/tickets",
    SESSION_SECRET: secret,
    PORT: "8080",
    CHECKOUT_V2_ENABLED: "false",
  });
  expect(config, "the config loadConfig returned").toEqual({
    port: 8080,
    databaseUrl: "postgres://tickets:pw@db.internal:5432/tickets",
    logLevel: "info",
    requestTimeoutMs: 5000,
    checkoutV2Enabled: false,
    sessionSecret: secret,
  });
});
