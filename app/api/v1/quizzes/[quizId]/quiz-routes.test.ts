// The quiz and solution routes against a small course on disk (lib/content's test course).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseEnv } from "#lib/env.ts";
import { provide } from "#lib/runtime.ts";
import { captureLogger } from "#lib/testing/capture-logger.ts";
import { baseCourse, removeCourse, writeCourse } from "#lib/content/test-course.ts";

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
let root: string;
let quiz: { GET: Handler };
let attempts: { POST: Handler; GET: Handler };
let solution: { GET: Handler };

beforeAll(async () => {
  root = await writeCourse(baseCourse());
  // lib/content reads the lessons folder once, when first imported.
  process.env.PILLARS_LESSONS_DIR = root;
  provide("logger", captureLogger().logger);
  const env = parseEnv({});
  if (!env.ok) throw new Error(env.message);
  provide("env", env.env);
  quiz = await import("./route.ts");
  attempts = await import("./attempts/route.ts");
  solution = await import("../../exercises/[id]/solution/route.ts");
});
afterAll(() => removeCourse(root));

const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) });
const post = (body: unknown) =>
  new Request("http://x/api/v1/quizzes/basics-quiz/attempts", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("GET /api/v1/quizzes/{id}", () => {
  test("gives the questions without answer keys or explanations", async () => {
    const response = await quiz.GET(new Request("http://x/"), params({ quizId: "basics-quiz" }));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text).questions.map((q: { id: string }) => q.id)).toEqual(["one", "order"]);
    expect(text).not.toContain("answer");
    expect(text).not.toContain("A is right");
  });

  test("an unknown quiz is a 404 problem, a malformed id too", async () => {
    for (const quizId of ["nope", "../../etc"]) {
      const response = await quiz.GET(new Request("http://x/"), params({ quizId }));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });
});

describe("POST /api/v1/quizzes/{id}/attempts", () => {
  test("scores the answers and returns every explanation", async () => {
    const response = await attempts.POST(
      post({ answers: { one: "a", order: ["y", "x"] } }),
      params({ quizId: "basics-quiz" }),
    );
    expect(response.status).toBe(200);
    const score = await response.json();
    expect(score).toMatchObject({ score: 1, total: 2 });
    expect(score.results).toEqual([
      { questionId: "one", correct: true, explanation: "A is right.", answer: "a" },
      { questionId: "order", correct: false, explanation: "X first.", answer: ["x", "y"] },
    ]);
  });

  test("answers to questions not in the quiz, bad shapes and bad JSON are 400 problems", async () => {
    for (const body of [
      { answers: { ghost: "a" } },
      { answers: { one: 5 } },
      { answers: {}, extra: 1 },
      "{nope",
    ]) {
      const response = await attempts.POST(post(body), params({ quizId: "basics-quiz" }));
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  test("GET on the attempts collection is 405 with Allow", async () => {
    const response = await attempts.GET(
      new Request("http://x/"),
      params({ quizId: "basics-quiz" }),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toContain("POST");
  });
});

describe("GET /api/v1/exercises/{id}/solution", () => {
  test("refuses before an attempt, answers the solution files after one", async () => {
    const before = await solution.GET(new Request("http://x/"), params({ id: "answer" }));
    expect(before.status).toBe(409);
    expect((await before.json()).detail).toMatch(/run your code at least once/i);
    const after = await solution.GET(
      new Request("http://x/", { headers: { "x-pillars-attempts": "2" } }),
      params({ id: "answer" }),
    );
    expect(after.status).toBe(200);
    expect((await after.json()).files["index.ts"]).toContain("return 42;");
  });

  test("nonsense attempt counts are refused and unknown exercises are 404", async () => {
    const odd = await solution.GET(
      new Request("http://x/", { headers: { "x-pillars-attempts": "1.5" } }),
      params({ id: "answer" }),
    );
    expect(odd.status).toBe(409);
    const missing = await solution.GET(
      new Request("http://x/", { headers: { "x-pillars-attempts": "1" } }),
      params({ id: "nope" }),
    );
    expect(missing.status).toBe(404);
  });
});
