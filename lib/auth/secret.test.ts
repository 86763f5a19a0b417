import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { SECRET_FILE, resolveAuthSecret } from "./secret.ts";

const dataDir = mkdtempSync(join(tmpdir(), "pillars-secret-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("uses BETTER_AUTH_SECRET when set, and requires it in production", () => {
  const secret = "s".repeat(40);
  expect(resolveAuthSecret({ secret, dataDir, production: true })).toBe(secret);
  expect(() => resolveAuthSecret({ dataDir, production: true })).toThrow(/BETTER_AUTH_SECRET/);
});

it("outside production, generates a random secret once and keeps it private in the data dir", () => {
  const first = resolveAuthSecret({ dataDir, production: false });
  expect(first.length).toBeGreaterThanOrEqual(32);
  expect(resolveAuthSecret({ dataDir, production: false })).toBe(first);
  expect(statSync(join(dataDir, SECRET_FILE)).mode & 0o777).toBe(0o600);
  const other = mkdtempSync(join(tmpdir(), "pillars-secret-"));
  try {
    expect(resolveAuthSecret({ dataDir: other, production: false })).not.toBe(first);
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});
