// The real server.ts process: bad settings stop it with one line naming the variable, before
// anything else starts. (Serving and SIGTERM draining are covered by lib/server's tests and
// the browser tests against a production build.)
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [join(import.meta.dirname, "server.ts")], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 20_000,
  });
}

describe("server.ts", () => {
  it("exits 1 with one line naming a bad variable", () => {
    const result = start({ PORT: "not-a-port" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([
      "pillars: invalid environment: PORT must be a whole number",
    ]);
  });

  it("does not echo a bad DATABASE_URL, which may hold a password", () => {
    const result = start({ DATABASE_URL: "mysql://root:hunter2@db/pillars" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL");
    expect(result.stderr).not.toContain("hunter2");
  });
});
