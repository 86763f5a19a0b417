import { describe, expect, it } from "vitest";
import { emptyProgress } from "../progress/progress-store.ts";
import { postAuth, toMergeBody } from "./auth-client.ts";

const answer = (status: number, body: unknown = {}) =>
  (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe("postAuth", () => {
  it("says the same thing for any failed sign-in", async () => {
    const unknown = await postAuth(
      "sign-in/email",
      {},
      answer(401, { code: "INVALID_EMAIL_OR_PASSWORD" }),
    );
    const other = await postAuth("sign-in/email", {}, answer(403, { message: "USER_NOT_FOUND" }));
    expect(unknown).toEqual({ ok: false, message: "Wrong email or password." });
    expect(other).toEqual(unknown);
  });
  it("explains rate limits and password rules, and reports success", async () => {
    expect(await postAuth("sign-in/email", {}, answer(429))).toEqual({
      ok: false,
      message: "Too many attempts. Wait a minute and try again.",
    });
    expect(
      await postAuth("sign-up/email", {}, answer(400, { message: "Password too short" })),
    ).toEqual({
      ok: false,
      message: "Password too short",
    });
    expect(await postAuth("sign-out", {}, answer(200))).toEqual({ ok: true });
  });
});

describe("toMergeBody", () => {
  it("sends attempts, passes and valid quiz scores from the browser's record", () => {
    const progress = emptyProgress();
    progress.exercises["a"] = { attempts: 3, passed: true, lastVerdict: "passed", lastRunAt: "" };
    progress.quizzes["q"] = { score: 2, total: 3, at: "" };
    progress.quizzes["broken"] = { score: 5, total: 3, at: "" };
    expect(toMergeBody(progress)).toEqual({
      exercises: { a: { attempts: 3, passed: true } },
      quizzes: { q: { score: 2, total: 3 } },
      lessons: [],
    });
  });
});
