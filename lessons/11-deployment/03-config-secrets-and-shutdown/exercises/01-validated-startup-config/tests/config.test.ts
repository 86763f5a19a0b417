import { test, expect, world } from "@pillars/test";
import { loadConfig } from "@pillars/learner";

const password = "s3cr3t-db-pass";
const secret = "k3v9-long-random-session-secret-0001";
const valid = {
  DATABASE_URL: `postgres://tickets:${password}@db.internal:5432/tickets`,
  SESSION_SECRET: secret,
};

/** The message loadConfig threw with, or null if it returned. */
function failure(env: Record<string, string | undefined>): string | null {
  try {
    loadConfig(env);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The JSON log lines written so far. */
function logLines(): Record<string, unknown>[] {
  return world.logs().flatMap((entry) => {
    try {
      return [JSON.parse(entry.message)];
    } catch {
      return [];
    }
  });
}

test("every variable is parsed to its type", () => {
  const config = loadConfig({
    ...valid,
    PORT: "8443",
    LOG_LEVEL: "debug",
    REQUEST_TIMEOUT_MS: "2500",
    CHECKOUT_V2_ENABLED: "true",
  });
  expect(config, "the config").toEqual({
    port: 8443,
    databaseUrl: valid.DATABASE_URL,
    logLevel: "debug",
    requestTimeoutMs: 2500,
    checkoutV2Enabled: true,
    sessionSecret: secret,
  });
});

test('"false" and empty strings are not mistaken for values', () => {
  const config = loadConfig({ ...valid, CHECKOUT_V2_ENABLED: "false", PORT: "", LOG_LEVEL: "" });
  expect(config.checkoutV2Enabled, 'checkoutV2Enabled for CHECKOUT_V2_ENABLED="false"').toBe(false);
  expect(config.port, 'port for PORT="" (unset: the default)').toBe(3000);
  expect(config.logLevel, 'logLevel for LOG_LEVEL="" (unset: the default)').toBe("info");
});

test("a missing required variable stops start-up with its name", () => {
  const message = failure({ SESSION_SECRET: secret });
  expect(message, "the error for a missing DATABASE_URL").not.toBeNull();
  expect(message, "the error for a missing DATABASE_URL").toMatch(/DATABASE_URL/);
  expect(failure({ ...valid, DATABASE_URL: "" }), 'the error for DATABASE_URL=""').toMatch(
    /DATABASE_URL/,
  );
});

test("values of the wrong type or out of range are refused, naming the variable", () => {
  for (const [name, value] of [
    ["PORT", "80a"],
    ["PORT", "70000"],
    ["PORT", "0"],
    ["REQUEST_TIMEOUT_MS", "-5"],
    ["REQUEST_TIMEOUT_MS", "1.5"],
    ["LOG_LEVEL", "verbose"],
    ["CHECKOUT_V2_ENABLED", "yes"],
    ["DATABASE_URL", "mysql://db.internal/tickets"],
  ]) {
    const message = failure({ ...valid, [name]: value });
    expect(message, `the error for ${name}="${value}"`).not.toBeNull();
    expect(message, `the error for ${name}="${value}"`).toMatch(name);
  }
});

test("one error lists every bad variable, not just the first", () => {
  const message = failure({ PORT: "http", LOG_LEVEL: "loud" });
  for (const name of ["PORT", "LOG_LEVEL", "DATABASE_URL", "SESSION_SECRET"]) {
    expect(message ?? "", `the error names ${name}`).toContain(name);
  }
});

test("a weak secret is refused without printing it", () => {
  const weak = "hunter2-but-longer";
  const message = failure({ ...valid, SESSION_SECRET: weak });
  expect(message, "the error for a 18-character SESSION_SECRET").toMatch(/SESSION_SECRET/);
  expect(message ?? "", "the error message").not.toContain(weak);
  const badUrl = `mysql://tickets:${password}@db.internal/tickets`;
  expect(
    failure({ ...valid, DATABASE_URL: badUrl }) ?? "",
    "the error for a mysql:// URL",
  ).not.toContain(password);
});

test("start-up logs one summary with the secrets redacted", () => {
  const before = logLines().length;
  loadConfig({ ...valid, PORT: "8080" });
  const lines = logLines().slice(before);
  const summary = lines.find((line) => line.port === 8080);
  expect(summary, "a log line with the loaded config (port 8080)").toBeDefined();
  expect(summary, "the config summary").toMatchObject({
    level: "info",
    port: 8080,
    logLevel: "info",
    requestTimeoutMs: 5000,
    checkoutV2Enabled: false,
    sessionSecret: "[redacted]",
  });
  expect(String(summary?.databaseUrl), "databaseUrl in the summary (host kept)").toContain(
    "db.internal:5432/tickets",
  );
  const everything = JSON.stringify(lines);
  expect(everything, "the log lines").not.toContain(password);
  expect(everything, "the log lines").not.toContain(secret);
});
