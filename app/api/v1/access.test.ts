// Who may do what, route by route: every account and progress route tried as anonymous, a
// learner, another learner, an instructor and an admin, on SQLite and PostgreSQL, against a
// small course on disk and real better-auth sessions.
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseCourse, removeCourse, writeCourse } from "#lib/content/test-course.ts";
import { parseEnv } from "#lib/env.ts";
import { createGradingService } from "#lib/grading/service.ts";
import { createMetrics } from "#lib/observability/metrics.ts";
import { provide } from "#lib/runtime.ts";
import { testAccounts } from "#lib/testing/accounts.ts";
import type { TestAccount } from "#lib/testing/accounts.ts";
import { captureLogger } from "#lib/testing/capture-logger.ts";
import { fakePool } from "#lib/testing/fake-pool.ts";
import { testStoreKinds } from "#lib/testing/test-stores.ts";
import type { TestStore } from "#lib/testing/test-stores.ts";
import { answer42, callRoute, loadRoutes } from "./route-harness.ts";
import type { Routes } from "./route-harness.ts";

type Who = "anonymous" | "learner" | "other" | "instructor" | "admin";
const WHO: Who[] = ["anonymous", "learner", "other", "instructor", "admin"];

interface World {
  accounts: Record<Exclude<Who, "anonymous">, TestAccount> & { victim: TestAccount };
  submissionId: string;
}

interface Case {
  route: keyof Routes;
  method: "GET" | "POST" | "PUT" | "DELETE";
  params?: (w: World) => Record<string, string>;
  body?: unknown;
  expect: [anonymous: number, learner: number, other: number, instructor: number, admin: number];
}

const EVERYONE_SIGNED_IN: Case["expect"] = [401, 200, 200, 200, 200];
const INSTRUCTORS: Case["expect"] = [401, 403, 403, 200, 200];
const ADMINS: Case["expect"] = [401, 403, 403, 403, 200];

const CASES: Case[] = [
  { route: "me", method: "GET", expect: EVERYONE_SIGNED_IN },
  { route: "myProgress", method: "GET", expect: EVERYONE_SIGNED_IN },
  {
    route: "merge",
    method: "POST",
    body: { exercises: { answer: { attempts: 2, passed: false } } },
    expect: EVERYONE_SIGNED_IN,
  },
  {
    route: "myLesson",
    method: "PUT",
    params: () => ({ lessonId: "basics" }),
    expect: EVERYONE_SIGNED_IN,
  },
  { route: "mySubmissions", method: "GET", expect: EVERYONE_SIGNED_IN },
  {
    route: "submission",
    method: "GET",
    params: (w) => ({ id: w.submissionId }),
    // Another learner's submission is indistinguishable from one that does not exist.
    expect: [401, 200, 404, 200, 200],
  },
  { route: "learners", method: "GET", expect: INSTRUCTORS },
  {
    route: "learnerProgress",
    method: "GET",
    params: (w) => ({ userId: w.accounts.learner.id }),
    expect: INSTRUCTORS,
  },
  { route: "exerciseAnalytics", method: "GET", expect: INSTRUCTORS },
  { route: "quizAnalytics", method: "GET", expect: INSTRUCTORS },
  { route: "learnerAnalytics", method: "GET", expect: INSTRUCTORS },
  { route: "preview", method: "GET", params: () => ({ id: "answer" }), expect: INSTRUCTORS },
  {
    route: "previewRun",
    method: "POST",
    params: () => ({ id: "answer" }),
    body: { files: "starter" },
    expect: INSTRUCTORS,
  },
  { route: "users", method: "GET", expect: ADMINS },
  {
    route: "role",
    method: "PUT",
    params: (w) => ({ userId: w.accounts.victim.id }),
    body: { role: "learner" },
    expect: ADMINS,
  },
  {
    route: "sessions",
    method: "DELETE",
    params: (w) => ({ userId: w.accounts.victim.id }),
    expect: ADMINS,
  },
];

let courseRoot: string;
let routes: Routes;
beforeAll(async () => {
  courseRoot = await writeCourse(baseCourse());
  process.env.PILLARS_LESSONS_DIR = courseRoot;
  const env = parseEnv({});
  if (!env.ok) throw new Error(env.message);
  provide("env", env.env);
  provide("logger", captureLogger().logger);
  routes = await loadRoutes();
});
afterAll(() => removeCourse(courseRoot));

for (const kind of testStoreKinds()) {
  describe(`access on ${kind.name}`, () => {
    let t: TestStore;
    let world: World;
    beforeAll(async () => {
      t = await kind.open();
      provide("store", t.store);
      provide(
        "grading",
        createGradingService({
          pool: fakePool(answer42),
          store: t.store,
          metrics: createMetrics(new Registry()),
          logger: captureLogger().logger,
          concurrency: 1,
          queueSize: 8,
          ratePerMinute: 1000,
          rateBurst: 1000,
        }),
      );
      const { signUp } = testAccounts(t.store);
      const accounts = {
        learner: await signUp("learner@example.com"),
        other: await signUp("other@example.com"),
        instructor: await signUp("instructor@example.com", "instructor"),
        admin: await signUp("admin@example.com", "admin"),
        victim: await signUp("victim@example.com"),
      };
      const run = await callRoute(routes.runs, "POST", {
        params: { id: "answer" },
        cookie: accounts.learner.cookie,
        body: { files: { "index.ts": "export function answer() { return 1; }" } },
      });
      expect(run.status).toBe(200);
      world = {
        accounts,
        submissionId: ((await run.json()) as { submissionId: string }).submissionId,
      };
    });
    afterAll(async () => t?.cleanup());

    it.each(CASES.map((c) => [`${c.method} ${c.route}`, c] as const))("%s", async (_, c) => {
      const got: number[] = [];
      for (const who of WHO) {
        const response = await callRoute(routes[c.route], c.method, {
          params: c.params?.(world) ?? {},
          cookie: who === "anonymous" ? undefined : world.accounts[who].cookie,
          body: c.body,
        });
        got.push(response.status);
        if (response.status >= 400) {
          expect(response.headers.get("content-type")).toBe("application/problem+json");
        }
      }
      expect(Object.fromEntries(WHO.map((w, i) => [w, got[i]]))).toEqual(
        Object.fromEntries(WHO.map((w, i) => [w, c.expect[i]])),
      );
    });
  });
}
