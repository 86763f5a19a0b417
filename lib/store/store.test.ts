// The store's suite: migrations and submissions on SQLite always, and on PostgreSQL when
// PILLARS_TEST_POSTGRES_URL is set (.ci/run sets it). In CI a missing or silent PostgreSQL is
// a failure, never a skip. Each PostgreSQL run uses its own schema, dropped afterwards, so
// parallel runs on one server do not collide.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "./db.ts";
import type { Store } from "./db.ts";
import { migrateToLatest } from "./migrate.ts";
import { insertSubmission, listSubmissions } from "./submissions.ts";

const tests = { verdict: "failed" as const, tests: [{ name: "t", status: "failed" as const }] };

function storeSuite(name: string, open: () => Promise<Store>, cleanup: () => Promise<void>) {
  describe(name, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
      await cleanup();
    });

    it("answers a ping", async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it("migrates to the latest schema, and a second run applies nothing", async () => {
      expect((await migrateToLatest(store.db)).applied).toEqual([
        "001-submissions",
        "002-auth",
        "003-progress",
      ]);
      expect((await migrateToLatest(store.db)).applied).toEqual([]);
    });

    it("stores submissions and lists a learner's newest first, per exercise", async () => {
      const base = { files: { "index.ts": 'export const ünï = `"x"`;' }, durationMs: 12.6 };
      await insertSubmission(store.db, {
        ...base,
        ...tests,
        userId: "u1",
        exerciseId: "ex-a",
        createdAt: new Date("2026-01-01T00:00:00Z"),
      });
      const later = await insertSubmission(store.db, {
        ...base,
        verdict: "passed",
        tests: [{ name: "t", status: "passed" }],
        userId: "u1",
        exerciseId: "ex-a",
        createdAt: new Date("2026-01-02T00:00:00Z"),
      });
      await insertSubmission(store.db, { ...base, ...tests, userId: "u1", exerciseId: "ex-b" });
      await insertSubmission(store.db, { ...base, ...tests, userId: "u2", exerciseId: "ex-a" });

      const mine = await listSubmissions(store.db, { userId: "u1", exerciseId: "ex-a" });
      expect(mine.map((s) => s.verdict)).toEqual(["passed", "failed"]);
      expect(mine[0]).toEqual({ ...later, durationMs: 13 });
      expect(mine[0]?.files).toEqual(base.files);
      expect(await listSubmissions(store.db, { userId: "u1" })).toHaveLength(3);
      expect(await listSubmissions(store.db, { userId: "u1", limit: 1 })).toHaveLength(1);
      expect(await listSubmissions(store.db, { userId: "nobody" })).toEqual([]);
    });

    it("indexes submissions by learner, exercise and time", async () => {
      const plan =
        store.dialect === "sqlite"
          ? await sql<{ detail: string }>`explain query plan select * from submissions
              where user_id = ${"u1"} and exercise_id = ${"ex-a"} order by created_at desc`.execute(
              store.db,
            )
          : await sql<{ indexname: string }>`select indexname as detail from pg_indexes
              where tablename = 'submissions' and schemaname = current_schema()`.execute(store.db);
      const text = JSON.stringify(plan.rows);
      expect(text).toContain("submissions_user_exercise_created");
    });
  });
}

const sqliteDir = mkdtempSync(join(tmpdir(), "pillars-store-"));
storeSuite(
  "store on SQLite",
  async () => openStore({ dataDir: join(sqliteDir, "nested") }),
  async () => rmSync(sqliteDir, { recursive: true, force: true }),
);

it("SQLite runs with WAL and foreign keys on", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pillars-store-"));
  const store = openStore({ dataDir: dir });
  try {
    const wal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
    expect(wal.rows[0]?.journal_mode).toBe("wal");
    expect(fk.rows[0]?.foreign_keys).toBe(1);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const pgUrl = process.env.PILLARS_TEST_POSTGRES_URL;
if (pgUrl) {
  const schema = `pillars_test_${randomBytes(6).toString("hex")}`;
  const withSchema = (url: string) => {
    const u = new URL(url);
    u.searchParams.set("options", `-c search_path=${schema}`);
    return u.toString();
  };
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  storeSuite(
    "store on PostgreSQL",
    async () => {
      await admin(`create schema ${schema}`);
      return openStore({ dataDir: "unused", databaseUrl: withSchema(pgUrl) });
    },
    () => admin(`drop schema if exists ${schema} cascade`),
  );
} else if (process.env.CI) {
  it("CI provides PILLARS_TEST_POSTGRES_URL so the store is tested on PostgreSQL", () => {
    expect.fail("PILLARS_TEST_POSTGRES_URL is not set; .ci/run sets it");
  });
}
