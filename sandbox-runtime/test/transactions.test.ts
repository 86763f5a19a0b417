import { describe, expect, test } from "vitest";
import { runInProcess } from "../src/index.ts";
import { exercise } from "./helpers.ts";

const ACCOUNTS = {
  fixtures: {
    sql: "CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0)); INSERT INTO accounts VALUES (1, 100), (2, 0), (3, 0);",
  },
};

const TRANSFER = `import { db, clock } from "@pillars/world";
export async function transfer(from: number, to: number, amount: number) {
  return db.transaction(async (tx) => {
    const started = clock.now();
    await tx.query("UPDATE accounts SET balance = balance - $1 WHERE id = $2", [amount, from]);
    await tx.query("UPDATE accounts SET balance = balance + $1 WHERE id = $2", [amount, to]);
    return started;
  });
}
export async function balances() {
  return (await db.query("SELECT id, balance FROM accounts ORDER BY id")).rows;
}`;

describe("db.transaction", () => {
  test("two concurrent transactions both commit, one after the other in virtual time", async () => {
    const result = await runInProcess(
      exercise(
        TRANSFER,
        `test("both transfers", async () => {
  const [a, b] = await Promise.all([learner.transfer(1, 2, 30), learner.transfer(1, 3, 20)]);
  expect(await learner.balances()).toEqual([{ id: 1, balance: 50 }, { id: 2, balance: 30 }, { id: 3, balance: 20 }]);
  // The second starts once the first has committed (BEGIN, two updates, COMMIT: 4 queries).
  expect(b - a).toBeGreaterThanOrEqual(8);
});`,
        ACCOUNTS,
      ),
    );
    expect(result.tests).toEqual([{ name: "both transfers", status: "passed" }]);
    const ops = result.trace.filter((s) => s.kind === "db").map((s) => s.detail.split(" ")[0]);
    expect(ops.slice(0, 8)).toEqual([
      "BEGIN",
      "UPDATE",
      "UPDATE",
      "COMMIT",
      "BEGIN",
      "UPDATE",
      "UPDATE",
      "COMMIT",
    ]);
  });

  test("a failing transaction rolls back and releases the lock for the next one", async () => {
    const result = await runInProcess(
      exercise(
        TRANSFER,
        `test("overdraft then transfer", async () => {
  const results = await Promise.allSettled([learner.transfer(2, 1, 5), learner.transfer(1, 2, 10)]);
  expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
  expect(await learner.balances()).toEqual([{ id: 1, balance: 90 }, { id: 2, balance: 10 }, { id: 3, balance: 0 }]);
});`,
        ACCOUNTS,
      ),
    );
    expect(result.tests).toEqual([{ name: "overdraft then transfer", status: "passed" }]);
  });

  test("a bare BEGIN waits for an open db.transaction, and a nested transaction is a savepoint", async () => {
    const result = await runInProcess(
      exercise(
        `import { db } from "@pillars/world";
export async function manual() {
  await db.query("BEGIN");
  await db.query("UPDATE accounts SET balance = balance + 1 WHERE id = 3");
  await db.query("COMMIT");
}
export async function nested() {
  return db.transaction(async (tx) => {
    await tx.query("UPDATE accounts SET balance = balance + 10 WHERE id = 2");
    await tx.transaction(async (inner) => {
      await inner.query("UPDATE accounts SET balance = balance - 1000 WHERE id = 1");
    }).catch(() => "inner rolled back");
  });
}
export async function balances() {
  return (await db.query("SELECT balance FROM accounts ORDER BY id")).rows.map((r: any) => r.balance);
}`,
        `test("serialized", async () => {
  await Promise.all([learner.nested(), learner.manual(), learner.nested()]);
  expect(await learner.balances()).toEqual([100, 20, 1]);
});`,
        ACCOUNTS,
      ),
    );
    expect(result.tests).toEqual([{ name: "serialized", status: "passed" }]);
  });
});
