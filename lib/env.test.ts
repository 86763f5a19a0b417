import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.ts";

describe("parseEnv", () => {
  it("gives every setting its documented default when nothing is set", () => {
    const result = parseEnv({});
    expect(result).toEqual({
      ok: true,
      env: {
        PORT: 3000,
        PILLARS_HOST: "0.0.0.0",
        PILLARS_DATA_DIR: "data",
        PILLARS_LOG_LEVEL: "info",
        PILLARS_SHUTDOWN_TIMEOUT_MS: 10_000,
        PILLARS_API_BODY_LIMIT_BYTES: 1_048_576,
        PILLARS_SANDBOX_POOL_SIZE: 2,
        PILLARS_GRADING_QUEUE_SIZE: 32,
        PILLARS_RUN_RATE_PER_MINUTE: 30,
        PILLARS_RUN_RATE_BURST: 10,
        PILLARS_TRUST_PROXY: false,
      },
    });
  });

  it("reads set values and treats empty strings as unset", () => {
    const result = parseEnv({
      PORT: "8080",
      PILLARS_TRUST_PROXY: "true",
      DATABASE_URL: "postgres://u:p@db:5432/pillars",
      PILLARS_LOG_LEVEL: "",
    });
    expect(result.ok && result.env.PORT).toBe(8080);
    expect(result.ok && result.env.PILLARS_TRUST_PROXY).toBe(true);
    expect(result.ok && result.env.DATABASE_URL).toBe("postgres://u:p@db:5432/pillars");
    expect(result.ok && result.env.PILLARS_LOG_LEVEL).toBe("info");
  });

  it("names the bad variable on one line", () => {
    const result = parseEnv({ PORT: "http" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^pillars: invalid environment: PORT must be a whole number$/);
  });

  it("names every bad variable, still on one line, without echoing values", () => {
    const result = parseEnv({
      PORT: "70000",
      PILLARS_TRUST_PROXY: "yes",
      DATABASE_URL: "mysql://root:hunter2@db/x",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.split("\n")).toHaveLength(1);
    expect(result.message).toContain("PORT must be at most 65535");
    expect(result.message).toContain("PILLARS_TRUST_PROXY must be true or false");
    expect(result.message).toContain("DATABASE_URL must be a postgres://");
    expect(result.message).not.toContain("hunter2");
  });
});
