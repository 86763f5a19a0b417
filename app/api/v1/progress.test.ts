// What a learner and an instructor see through the API, on SQLite and PostgreSQL: runs kept
// with a submissionId and paged history, quiz attempts, lessons, the browser merge (idempotent,
// no duplicates), instructor analytics and CSV, and role changes taking effect at once.
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
import type { CallOptions, RouteModule, Routes } from "./route-harness.ts";

const WRONG = { files: { "index.ts": "export function answer() { return 0; }" } };
const RIGHT = { files: { "index.ts": "export function answer() { return 42; }" } };

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

async function json<T = Record<string, unknown>>(
  module: RouteModule,
  method: keyof RouteModule,
  options: CallOptions,
  status = 200,
): Promise<T> {
  const response = await callRoute(module, method, options);
  expect(response.status, await response.clone().text()).toBe(status);
  return (await response.json()) as T;
}

for (const kind of testStoreKinds()) {
  describe(`progress on ${kind.name}`, () => {
    let t: TestStore;
    let ada: TestAccount;
    let bob: TestAccount;
    let teacher: TestAccount;
    let admin: TestAccount;
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
      ada = await signUp("ada@example.com");
      bob = await signUp("bob@example.com");
      teacher = await signUp("teacher@example.com", "instructor");
      admin = await signUp("admin@example.com", "admin");
    });
    afterAll(async () => t?.cleanup());

    const run = (who: TestAccount | null, body: unknown) =>
      json<{ verdict: string; submissionId?: string }>(routes.runs, "POST", {
        params: { id: "answer" },
        cookie: who?.cookie,
        body,
      });

    it("keeps a signed-in learner's runs (not an anonymous one) and pages the history", async () => {
      // Signed in, the browser's attempt count does not unlock the solution; a kept run does.
      const tooSoon = await callRoute(routes.solution, "GET", {
        params: { id: "answer" },
        cookie: ada.cookie,
        headers: { "x-pillars-attempts": "5" },
      });
      expect(tooSoon.status).toBe(409);
      const anonymous = await run(null, WRONG);
      expect(anonymous.submissionId).toBeUndefined();
      const first = await run(ada, WRONG);
      await run(ada, WRONG);
      const third = await run(ada, RIGHT);
      expect(third.verdict).toBe("passed");
      const solution = await callRoute(routes.solution, "GET", {
        params: { id: "answer" },
        cookie: ada.cookie,
      });
      expect(solution.status).toBe(200);

      const kept = await json<{ files: unknown; tests: unknown[]; userId: string }>(
        routes.submission,
        "GET",
        { params: { id: first.submissionId! }, cookie: ada.cookie },
      );
      expect(kept.files).toEqual(WRONG.files);
      expect(kept.tests).toHaveLength(2);

      const seen: string[] = [];
      let cursor: string | null = "";
      while (cursor !== null) {
        const page: { items: Array<{ id: string }>; nextCursor: string | null } = await json(
          routes.mySubmissions,
          "GET",
          { cookie: ada.cookie, query: `?limit=2${cursor ? `&cursor=${cursor}` : ""}` },
        );
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      }
      expect(seen).toHaveLength(3);
      expect(seen[0]).toBe(third.submissionId);
      expect(seen.at(-1)).toBe(first.submissionId);

      const bad = await callRoute(routes.mySubmissions, "GET", {
        cookie: ada.cookie,
        query: "?cursor=not-a-cursor",
      });
      expect(bad.status).toBe(400);

      const progress = await json<{ exercises: unknown[] }>(routes.myProgress, "GET", {
        cookie: ada.cookie,
      });
      expect(progress.exercises).toEqual([
        expect.objectContaining({
          exerciseId: "answer",
          status: "passed",
          attempts: 3,
          bestPassedTests: 2,
          bestTotalTests: 2,
        }),
      ]);
    });

    it("stores a signed-in learner's quiz attempts with the best score", async () => {
      const wrong = { answers: { one: "b", order: ["y", "x"] } };
      const right = { answers: { one: "a", order: ["x", "y"] } };
      const anon = await json(routes.quizAttempts, "POST", {
        params: { quizId: "basics-quiz" },
        body: right,
      });
      expect(anon.attemptId).toBeUndefined();
      for (const body of [wrong, right, wrong]) {
        const scored = await json(routes.quizAttempts, "POST", {
          params: { quizId: "basics-quiz" },
          body,
          cookie: bob.cookie,
        });
        expect(scored.attemptId).toEqual(expect.any(String));
      }
      const progress = await json<{ quizzes: unknown[] }>(routes.myProgress, "GET", {
        cookie: bob.cookie,
      });
      expect(progress.quizzes).toEqual([
        expect.objectContaining({ quizId: "basics-quiz", bestScore: 2, total: 2, attempts: 3 }),
      ]);
    });

    it("merges the browser's progress once, however often it is sent", async () => {
      const carol = await testAccounts(t.store).signUp("carol@example.com");
      const browser = {
        exercises: {
          answer: { attempts: 4, passed: true },
          "gone-exercise": { attempts: 1, passed: false },
        },
        quizzes: { "basics-quiz": { score: 1, total: 2 } },
        lessons: ["basics", "basics", "no-such-lesson"],
      };
      const first = await json<{ merged: unknown; skipped: string[]; progress: unknown }>(
        routes.merge,
        "POST",
        { cookie: carol.cookie, body: browser },
      );
      expect(first.merged).toEqual({ exercises: 1, quizzes: 1, lessons: 1 });
      expect(first.skipped.sort()).toEqual(["gone-exercise", "no-such-lesson"]);
      const again = await json<{ progress: unknown }>(routes.merge, "POST", {
        cookie: carol.cookie,
        body: browser,
      });
      expect(again.progress).toEqual(first.progress);

      // A run after the merge adds to the browser's attempts; a later merge does not re-add.
      await run(carol, WRONG);
      await json(routes.merge, "POST", { cookie: carol.cookie, body: browser });
      const progress = await json<{ exercises: unknown[]; quizzes: unknown[]; lessons: unknown[] }>(
        routes.myProgress,
        "GET",
        { cookie: carol.cookie },
      );
      expect(progress.exercises).toEqual([
        expect.objectContaining({ exerciseId: "answer", status: "passed", attempts: 5 }),
      ]);
      expect(progress.quizzes).toEqual([
        expect.objectContaining({ quizId: "basics-quiz", bestScore: 1, attempts: 1 }),
      ]);
      expect(progress.lessons).toEqual([expect.objectContaining({ lessonId: "basics" })]);

      const invalid = await callRoute(routes.merge, "POST", {
        cookie: carol.cookie,
        body: { quizzes: { "basics-quiz": { score: 3, total: 2 } } },
      });
      expect(invalid.status).toBe(400);
      const crossSite = await callRoute(routes.merge, "POST", {
        cookie: carol.cookie,
        body: browser,
        headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      });
      expect(crossSite.status).toBe(403);
    });

    it("marks and unmarks a lesson completed; an unknown lesson is a 404", async () => {
      const put = await json(routes.myLesson, "PUT", {
        params: { lessonId: "headers" },
        cookie: bob.cookie,
      });
      expect(put).toEqual({ lessonId: "headers", completed: true });
      await json(routes.myLesson, "PUT", { params: { lessonId: "headers" }, cookie: bob.cookie });
      let progress = await json<{ lessons: unknown[] }>(routes.myProgress, "GET", {
        cookie: bob.cookie,
      });
      expect(progress.lessons).toHaveLength(1);
      await json(routes.myLesson, "DELETE", {
        params: { lessonId: "headers" },
        cookie: bob.cookie,
      });
      progress = await json(routes.myProgress, "GET", { cookie: bob.cookie });
      expect(progress.lessons).toEqual([]);
      const missing = await callRoute(routes.myLesson, "PUT", {
        params: { lessonId: "nope" },
        cookie: bob.cookie,
      });
      expect(missing.status).toBe(404);
    });

    it("gives instructors analytics computed from the runs, as JSON and CSV", async () => {
      // So far: ada failed twice then passed (3 runs to pass), carol failed once (merged pass
      // has no runs). Bob passes first time: median of [1, 3] is 2.
      await run(bob, RIGHT);
      const { exercises } = await json<{ exercises: Array<Record<string, unknown>> }>(
        routes.exerciseAnalytics,
        "GET",
        { cookie: teacher.cookie },
      );
      expect(exercises).toEqual([
        {
          exerciseId: "answer",
          attempts: 5,
          learners: 3,
          learnersPassed: 2,
          passRate: 2 / 5,
          medianAttemptsToPass: 2,
          failingTests: [{ name: "is 42", failures: 3 }],
        },
      ]);
      const { questions } = await json<{ questions: unknown[] }>(routes.quizAnalytics, "GET", {
        cookie: teacher.cookie,
      });
      expect(questions).toEqual([
        { quizId: "basics-quiz", questionId: "one", answered: 3, shareCorrect: 1 / 3 },
        { quizId: "basics-quiz", questionId: "order", answered: 3, shareCorrect: 1 / 3 },
      ]);
      const learners = await json<{ items: Array<Record<string, unknown>> }>(
        routes.learnerAnalytics,
        "GET",
        { cookie: teacher.cookie },
      );
      const adaRow = learners.items.find((l) => l.email === "ada@example.com");
      expect(adaRow).toMatchObject({ exercisesPassed: 1, runs: 3, quizzesTaken: 0 });
      expect(learners.items.map((l) => l.email)).not.toContain("teacher@example.com");

      const csv = await callRoute(routes.exerciseAnalytics, "GET", {
        cookie: teacher.cookie,
        query: "?format=csv",
      });
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect((await csv.text()).split("\r\n").slice(0, 2)).toEqual([
        "exerciseId,attempts,learners,learnersPassed,passRate,medianAttemptsToPass,failingTests",
        "answer,5,3,2,0.4,2,is 42 (3)",
      ]);
      const learnersCsv = await callRoute(routes.learnerAnalytics, "GET", {
        cookie: teacher.cookie,
        query: "?format=csv",
      });
      expect((await learnersCsv.text()).split("\r\n").filter(Boolean)).toHaveLength(1 + 3);
    });

    it("shows instructors the whole exercise and runs its solution and starter", async () => {
      const { exercise } = await json<{ exercise: { solution: object; tests: object } }>(
        routes.preview,
        "GET",
        { params: { id: "answer" }, cookie: teacher.cookie },
      );
      expect(Object.keys(exercise.tests)).toContain("answer.test.ts");
      expect(JSON.stringify(exercise.solution)).toContain("return 42");
      const solution = await json<{ result: { verdict: string } }>(routes.previewRun, "POST", {
        params: { id: "answer" },
        cookie: teacher.cookie,
        body: { files: "solution" },
      });
      expect(solution.result.verdict).toBe("passed");
      const starter = await json<{ result: { tests: Array<{ name: string; status: string }> } }>(
        routes.previewRun,
        "POST",
        { params: { id: "answer" }, cookie: teacher.cookie, body: { files: "starter" } },
      );
      expect(starter.result.tests.filter((x) => x.status === "failed").map((x) => x.name)).toEqual([
        "is 42",
      ]);
      const edited = await json<{ files: string; result: { verdict: string } }>(
        routes.previewRun,
        "POST",
        { params: { id: "answer" }, cookie: teacher.cookie, body: RIGHT },
      );
      expect(edited).toMatchObject({ files: "edited", result: { verdict: "passed" } });
      const noEntry = await callRoute(routes.previewRun, "POST", {
        params: { id: "answer" },
        cookie: teacher.cookie,
        body: { files: { "other.ts": "export {}" } },
      });
      expect(noEntry.status).toBe(400);
      const before = await json<{ items: unknown[] }>(routes.mySubmissions, "GET", {
        cookie: teacher.cookie,
      });
      expect(before.items).toEqual([]);
    });

    it("lets an admin change roles, effective on the next request, but not demote themselves", async () => {
      const before = await callRoute(routes.exerciseAnalytics, "GET", { cookie: bob.cookie });
      expect(before.status).toBe(403);
      const changed = await json<{ user: { role: string } }>(routes.role, "PUT", {
        params: { userId: bob.id },
        cookie: admin.cookie,
        body: { role: "instructor" },
      });
      expect(changed.user.role).toBe("instructor");
      const after = await callRoute(routes.exerciseAnalytics, "GET", { cookie: bob.cookie });
      expect(after.status).toBe(200);
      const self = await callRoute(routes.role, "PUT", {
        params: { userId: admin.id },
        cookie: admin.cookie,
        body: { role: "learner" },
      });
      expect(self.status).toBe(409);
      const unknownRole = await callRoute(routes.role, "PUT", {
        params: { userId: bob.id },
        cookie: admin.cookie,
        body: { role: "root" },
      });
      expect(unknownRole.status).toBe(400);
      const revoked = await json<{ revoked: number }>(routes.sessions, "DELETE", {
        params: { userId: bob.id },
        cookie: admin.cookie,
      });
      expect(revoked.revoked).toBeGreaterThan(0);
      const signedOut = await callRoute(routes.me, "GET", { cookie: bob.cookie });
      expect(signedOut.status).toBe(401);
    });
  });
}
