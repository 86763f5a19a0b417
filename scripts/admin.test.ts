// The admin CLI as an operator runs it: a real process on a fresh data dir.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { findUserByEmail } from "../lib/auth/users.ts";
import { openStore } from "../lib/store/db.ts";

const dataDir = mkdtempSync(join(tmpdir(), "pillars-admin-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function admin(args: string[], input?: string) {
  const env: Record<string, string | undefined> = { ...process.env, PILLARS_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  return spawnSync(process.execPath, [join(import.meta.dirname, "admin.ts"), ...args], {
    env: env as NodeJS.ProcessEnv,
    input: input ?? "",
    encoding: "utf8",
  });
}

async function roleOf(email: string) {
  const store = openStore({ dataDir });
  try {
    return (await findUserByEmail(store.db, email))?.role;
  } finally {
    await store.close();
  }
}

it("creates the first admin with a password from stdin, then changes roles", async () => {
  const created = admin(["create", "root@example.com", "--password-stdin"], "a long passphrase\n");
  expect(created.stderr).toBe("");
  expect(created.status).toBe(0);
  expect(await roleOf("root@example.com")).toBe("admin");

  const demoted = admin(["role", "root@example.com", "instructor"]);
  expect(demoted.status).toBe(0);
  expect(await roleOf("root@example.com")).toBe("instructor");
});

it("refuses to run without a password source, a short password, or an unknown role", async () => {
  const noTty = admin(["create", "b@example.com"]);
  expect(noTty.status).toBe(1);
  expect(noTty.stderr).toMatch(/--password-stdin/);
  const short = admin(["create", "c@example.com", "--password-stdin"], "short\n");
  expect(short.status).toBe(1);
  expect(short.stderr).toMatch(/10 to 128/);
  expect(await roleOf("c@example.com")).toBeUndefined();
  const badRole = admin(["role", "root@example.com", "superuser"]);
  expect(badRole.status).toBe(1);
  const again = admin(["create", "root@example.com", "--password-stdin"], "a long passphrase\n");
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/already has an account/);
});
