// Calls /api/v1 route handlers as Next would (a Request and a params promise), for tests.
import type { RunRequest, RunResult } from "sandbox-runtime";

/** The test course's one exercise: passes when answer() returns 42. */
export function answer42(request: RunRequest): RunResult {
  const passes = /return 42;/.test(request.files["index.ts"] ?? "");
  return {
    verdict: passes ? "passed" : "failed",
    tests: [
      { name: "is 42", status: passes ? "passed" : "failed" },
      { name: "runs", status: "passed" },
    ],
    logs: [],
    trace: [],
    usage: { wallMs: 1, cpuMs: 1 },
  };
}

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
export type RouteModule = Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>;

/** Imported after the test has pointed lib/content at its course (it reads it on import). */
export async function loadRoutes() {
  return {
    me: (await import("./me/route.ts")) as RouteModule,
    myProgress: (await import("./me/progress/route.ts")) as RouteModule,
    merge: (await import("./me/progress/merge/route.ts")) as RouteModule,
    myLesson: (await import("./me/lessons/[lessonId]/route.ts")) as RouteModule,
    mySubmissions: (await import("./me/submissions/route.ts")) as RouteModule,
    submission: (await import("./submissions/[id]/route.ts")) as RouteModule,
    learners: (await import("./learners/route.ts")) as RouteModule,
    learnerProgress: (await import("./learners/[userId]/progress/route.ts")) as RouteModule,
    exerciseAnalytics: (await import("./analytics/exercises/route.ts")) as RouteModule,
    quizAnalytics: (await import("./analytics/quizzes/route.ts")) as RouteModule,
    learnerAnalytics: (await import("./analytics/learners/route.ts")) as RouteModule,
    preview: (await import("./exercises/[id]/preview/route.ts")) as RouteModule,
    previewRun: (await import("./exercises/[id]/preview/runs/route.ts")) as RouteModule,
    users: (await import("./users/route.ts")) as RouteModule,
    role: (await import("./users/[userId]/role/route.ts")) as RouteModule,
    sessions: (await import("./users/[userId]/sessions/route.ts")) as RouteModule,
    runs: (await import("./exercises/[id]/runs/route.ts")) as RouteModule,
    quizAttempts: (await import("./quizzes/[quizId]/attempts/route.ts")) as RouteModule,
    solution: (await import("./exercises/[id]/solution/route.ts")) as RouteModule,
  };
}
export type Routes = Awaited<ReturnType<typeof loadRoutes>>;

export interface CallOptions {
  params?: Record<string, string>;
  cookie?: string;
  body?: unknown;
  query?: string;
  headers?: Record<string, string>;
}

export function callRoute(
  module: RouteModule,
  method: keyof RouteModule,
  options: CallOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://pillars.test/api/v1/x${options.query ?? ""}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return module[method](request, { params: Promise.resolve(options.params ?? {}) });
}
