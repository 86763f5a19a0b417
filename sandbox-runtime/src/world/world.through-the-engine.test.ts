// The host modules as learner code and hidden tests reach them: through the engine's bridge,
// inside the isolate, on the virtual clock. One exercise touches every module.
import { expect, it } from "vitest";
import { runInProcess } from "../index.ts";

const LEARNER = `
import { db, cache, queue } from "@pillars/world";
export async function signup(email: string) {
  const id = await db.transaction(async (tx) => {
    const { rows } = await tx.query("INSERT INTO users (email) VALUES ($1) RETURNING id", [email]);
    await queue.send("emails", { to: email });
    return rows[0].id;
  });
  await cache.set("user:" + id, email, "EX", 60);
  return id;
}
export async function cachedEmail(id: number) {
  return cache.get("user:" + id);
}
export async function failingSignup(email: string) {
  await db.transaction(async (tx) => {
    await tx.query("INSERT INTO users (email) VALUES ($1)", [email]);
    throw new Error("boom");
  });
}
export async function work() {
  const [m] = await queue.receive("emails");
  if (m) await queue.nack("emails", m.id);
}
`;

const TESTS = `
import { test, expect, world } from "@pillars/test";
import * as learner from "@pillars/learner";
test("signs up in a transaction, caches on virtual time, queues an email", async () => {
  world.db.resetCounters();
  const id = await learner.signup("ada@example.com");
  expect(world.db.queryCount()).toBe(3);
  expect(await learner.cachedEmail(id)).toBe("ada@example.com");
  await world.clock.advance(60_001);
  expect(await learner.cachedEmail(id)).toBe(null);
  expect(world.cache.stats()).toEqual({ hits: 1, misses: 1, commands: 3 });
  expect(await world.queue.size("emails")).toBe(1);
});
test("rolls back when the transaction throws", async () => {
  await expect.rejects(learner.failingSignup("alan@example.com")).toThrow("boom");
  const { rows } = await world.db.query("SELECT count(*) AS n FROM users");
  expect(rows[0].n).toBe(1);
});
test("dead-letters after maxAttempts", async () => {
  world.queue.configure("emails", { maxAttempts: 2 });
  await learner.work();
  await learner.work();
  expect(await world.queue.deadLetters("emails")).toHaveLength(1);
  const plan = await world.db.explain("SELECT * FROM users WHERE email = $1");
  expect(plan[0].detail).toMatch(/INDEX/);
});
test("db.failOn reaches the learner", async () => {
  world.db.failOn(/INSERT/i, "connection reset");
  await expect.rejects(learner.signup("x@example.com")).toThrow("connection reset");
});
`;

it("runs db, cache and queue through the engine", async () => {
  const result = await runInProcess({
    files: { "index.ts": LEARNER },
    tests: { "main.test.ts": TESTS },
    fixtures: {
      sql: "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL); CREATE INDEX users_email ON users(email);",
    },
  });
  expect(result.tests).toEqual([
    {
      name: "signs up in a transaction, caches on virtual time, queues an email",
      status: "passed",
    },
    { name: "rolls back when the transaction throws", status: "passed" },
    { name: "dead-letters after maxAttempts", status: "passed" },
    { name: "db.failOn reaches the learner", status: "passed" },
  ]);
  expect(result.verdict).toBe("passed");
  const kinds = new Set(result.trace.map((s) => s.kind));
  expect([...kinds].sort()).toEqual(["cache", "db", "queue"]);
  expect(result.trace.find((s) => s.kind === "db")?.detail).toBe("BEGIN");
});
