// Stores for suites that must hold on both dialects: SQLite always, PostgreSQL when
// PILLARS_TEST_POSTGRES_URL is set (CI sets it). Each PostgreSQL store gets its own schema,
// dropped by cleanup, so parallel suites on one server do not collide.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../store/db.ts";
import type { Store } from "../store/db.ts";
import { migrateToLatest } from "../store/migrate.ts";

export interface TestStore {
  store: Store;
  /** The SQLite data dir (also where a dev auth secret would be kept). */
  dataDir: string;
  cleanup(): Promise<void>;
}

export interface TestStoreKind {
  name: "sqlite" | "postgres";
  open(): Promise<TestStore>;
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const sqliteKind: TestStoreKind = {
  name: "sqlite",
  async open() {
    const dataDir = mkdtempSync(join(tmpdir(), "pillars-test-"));
    const store = openStore({ dataDir });
    await migrateToLatest(store.db);
    return {
      store,
      dataDir,
      cleanup: async () => {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

function postgresKind(url: string): TestStoreKind {
  return {
    name: "postgres",
    async open() {
      const schema = `pillars_test_${randomBytes(6).toString("hex")}`;
      await onServer(url, `create schema ${schema}`);
      const u = new URL(url);
      u.searchParams.set("options", `-c search_path=${schema}`);
      const dataDir = mkdtempSync(join(tmpdir(), "pillars-test-"));
      const store = openStore({ dataDir, databaseUrl: u.toString() });
      const drop = async () => {
        await store.close();
        await onServer(url, `drop schema if exists ${schema} cascade`);
        rmSync(dataDir, { recursive: true, force: true });
      };
      try {
        await migrateToLatest(store.db);
      } catch (error) {
        await drop(); // a failed set-up must not leave its schema behind
        throw error;
      }
      return {
        store,
        dataDir,
        cleanup: drop,
      };
    },
  };
}

/** SQLite, plus PostgreSQL when configured. In CI a missing URL is an error, never a skip. */
export function testStoreKinds(): TestStoreKind[] {
  const url = process.env.PILLARS_TEST_POSTGRES_URL;
  if (!url && process.env.CI) {
    throw new Error("PILLARS_TEST_POSTGRES_URL is not set; .ci/run sets it");
  }
  return url ? [sqliteKind, postgresKind(url)] : [sqliteKind];
}
