import { describe, expect, test } from "vitest";
import { runExercise } from "./run-client.ts";

const result = {
  verdict: "failed",
  tests: [],
  logs: [],
  trace: [],
  usage: { wallMs: 1, cpuMs: 1 },
};
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

describe("running an exercise from the browser", () => {
  test("posts the files as JSON to the exercise's runs route and returns the result", async () => {
    let seen: { url: string; init?: RequestInit } | undefined;
    const outcome = await runExercise("cache aside", { "index.ts": "x" }, async (url, init) => {
      seen = { url: String(url), init };
      return json(result);
    });
    expect(seen?.url).toBe("/api/v1/exercises/cache%20aside/runs");
    expect(seen?.init?.method).toBe("POST");
    expect(JSON.parse(String(seen?.init?.body))).toEqual({ files: { "index.ts": "x" } });
    expect(outcome).toEqual({ ok: true, result });
  });

  test("a network failure gives a readable message that says the code is kept", async () => {
    const outcome = await runExercise("e", {}, async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/could not reach the server.*code is kept/i),
    });
  });

  test("a problem+json answer shows its title and detail", async () => {
    const outcome = await runExercise("e", {}, async () =>
      json({ title: "Invalid request", detail: "files must not be empty", status: 400 }, 400),
    );
    expect(outcome).toEqual({
      ok: false,
      message: "Invalid request: files must not be empty (your code is kept).",
    });
  });

  test("rate limiting says how long to wait", async () => {
    const outcome = await runExercise("e", {}, async () => json({}, 429, { "retry-after": "7" }));
    expect(outcome.ok === false && outcome.message).toMatch(/try again in 7 seconds/i);
  });

  test("a 5xx with an HTML body and a 200 with a malformed body are both readable errors", async () => {
    const html = await runExercise(
      "e",
      {},
      async () => new Response("<html>oops</html>", { status: 502 }),
    );
    expect(html.ok === false && html.message).toMatch(/could not run your code \(error 502\)/);
    const odd = await runExercise("e", {}, async () => json({ verdict: "hacked", tests: [] }));
    expect(odd.ok).toBe(false);
  });
});
