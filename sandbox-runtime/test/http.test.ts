import { describe, expect, test } from "vitest";
import { runInProcess } from "../src/index.ts";
import { exercise } from "./helpers.ts";

describe("simulated http", () => {
  test("tests send requests to a learner handler and read status, headers and JSON bodies", async () => {
    const result = await runInProcess(
      exercise(
        `import type { HttpRequest } from "@pillars/world";
export async function handler(req: HttpRequest) {
  if (req.method === "POST" && req.path === "/users") return { status: 201, headers: { Location: "/users/7" }, body: { id: 7, ...(req.body as object) } };
  if (req.path.startsWith("/users/")) return { status: 200, body: { id: Number(req.path.split("/")[2]), q: req.query, auth: req.headers.authorization } };
  return { status: 404 };
}`,
        `test("create", async () => {
  const res = await world.http.request(learner.handler, { method: "post", path: "/users", body: { name: "Ada" } });
  expect(res).toEqual({ status: 201, headers: { Location: "/users/7" }, body: { id: 7, name: "Ada" } });
});
test("read", async () => {
  const res = await world.http.request(learner.handler, { method: "GET", path: "/users/3?fields=name", headers: { Authorization: "Bearer t" } });
  expect(res.body).toEqual({ id: 3, q: { fields: "name" }, auth: "Bearer t" });
});
test("missing", async () => { expect((await world.http.request(learner.handler, { method: "GET", path: "/nope" })).status).toBe(404); });`,
      ),
    );
    expect(result.verdict).toBe("passed");
    expect(result.trace.filter((s) => s.kind === "http").map((s) => `${s.op} ${s.detail}`)).toEqual(
      ["POST /users", "GET /users/3?fields=name", "GET /nope"],
    );
  });

  test("learner fetch reaches services the test defines, with latency, and the test sees the calls", async () => {
    const result = await runInProcess(
      exercise(
        `import { http, clock } from "@pillars/world";
export async function charge(amount: number) {
  const t0 = clock.now();
  const res = await http.fetch("https://payments.test/charge?currency=eur", { method: "POST", headers: { "Idempotency-Key": "k1" }, body: { amount } });
  return { status: res.status, ok: res.ok, body: await res.json(), took: clock.now() - t0 };
}
export async function unknown() { try { await http.fetch("https://nowhere.test/"); return "reached"; } catch (e) { return (e as Error).name; } }`,
        `test("charge", async () => {
  world.http.route("POST", "https://payments.test/charge", (req) => ({ status: 200, body: { charged: (req.body as { amount: number }).amount, key: req.headers["idempotency-key"], currency: req.query.currency } }));
  expect(await learner.charge(5)).toEqual({ status: 200, ok: true, body: { charged: 5, key: "k1", currency: "eur" }, took: 50 });
  expect(world.http.calls()).toEqual([{ method: "POST", url: "https://payments.test/charge?currency=eur", body: { amount: 5 } }]);
});
test("unknown service", async () => { expect(await learner.unknown()).toBe("TypeError"); });`,
      ),
    );
    expect(result.verdict).toBe("passed");
    expect(result.trace.find((s) => s.kind === "http")).toMatchObject({
      op: "fetch",
      detail: "POST https://payments.test/charge?currency=eur",
      durationMs: 50,
    });
  });
});

describe("queue end to end", () => {
  test("redelivery after the visibility timeout, on the virtual clock, and test inspection", async () => {
    const result = await runInProcess(
      exercise(
        `import { queue } from "@pillars/world";
export async function takeOne() { const [m] = await queue.receive("jobs", { visibilityTimeoutMs: 1000 }); return m ?? null; }`,
        `test("redelivers", async () => {
  const first = await learner.takeOne();
  expect(first).toMatchObject({ body: { n: 1 }, attempts: 1 });
  expect(await learner.takeOne()).toBeNull();
  await world.clock.advance(1001);
  expect(await learner.takeOne()).toMatchObject({ body: { n: 1 }, attempts: 2 });
  expect((await world.queue.peek("jobs")).length).toBe(1);
});`,
        { fixtures: { queues: { jobs: [{ n: 1 }] } } },
      ),
    );
    expect(result.verdict).toBe("passed");
  });
});
