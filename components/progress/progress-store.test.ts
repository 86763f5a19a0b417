import { describe, expect, test } from "vitest";
import {
  PROGRESS_KEY,
  hasAttempted,
  parseProgress,
  readProgress,
  recordQuiz,
  recordRun,
  type KeyValueStorage,
} from "./progress-store.ts";

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

const failing = {
  exerciseId: "cache-aside",
  verdict: "failed",
  tests: [{ status: "passed" }, { status: "failed" }],
};
const passing = {
  exerciseId: "cache-aside",
  verdict: "passed",
  tests: [{ status: "passed" }, { status: "passed" }],
};

describe("progress kept in the browser", () => {
  test("a run counts as an attempt and shows in recent runs with its test counts", () => {
    const storage = memoryStorage();
    recordRun(storage, failing);
    const p = readProgress(storage);
    expect(p.exercises["cache-aside"]).toMatchObject({
      attempts: 1,
      passed: false,
      lastVerdict: "failed",
    });
    expect(p.recentRuns[0]).toMatchObject({
      exerciseId: "cache-aside",
      passedTests: 1,
      totalTests: 2,
    });
    expect(hasAttempted(storage, "cache-aside")).toBe(true);
    expect(hasAttempted(storage, "other")).toBe(false);
  });

  test("an exercise once passed stays passed after a later failing run", () => {
    const storage = memoryStorage();
    recordRun(storage, passing);
    recordRun(storage, failing);
    expect(readProgress(storage).exercises["cache-aside"]).toMatchObject({
      attempts: 2,
      passed: true,
    });
  });

  test("recent runs keep the newest twenty, newest first", () => {
    const storage = memoryStorage();
    for (let i = 0; i < 25; i++) recordRun(storage, { ...failing, exerciseId: `ex-${i}` });
    const runs = readProgress(storage).recentRuns;
    expect(runs).toHaveLength(20);
    expect(runs[0]?.exerciseId).toBe("ex-24");
  });

  test("a quiz keeps its best score across retries", () => {
    const storage = memoryStorage();
    recordQuiz(storage, "q", 3, 4);
    recordQuiz(storage, "q", 1, 4);
    expect(readProgress(storage).quizzes.q).toMatchObject({ score: 3, total: 4 });
    recordQuiz(storage, "q", 4, 4);
    expect(readProgress(storage).quizzes.q?.score).toBe(4);
  });

  test("corrupt or hand-edited storage reads as empty progress, never throws", () => {
    expect(parseProgress("{not json")).toEqual({ exercises: {}, recentRuns: [], quizzes: {} });
    const p = parseProgress(
      JSON.stringify({
        exercises: { a: { attempts: "x" }, b: { attempts: 1, passed: true } },
        recentRuns: "no",
        quizzes: [],
      }),
    );
    expect(Object.keys(p.exercises)).toEqual(["b"]);
    expect(p.recentRuns).toEqual([]);
    const broken = memoryStorage({ [PROGRESS_KEY]: "null" });
    expect(readProgress(broken).exercises).toEqual({});
  });

  test("storage that refuses writes does not break recording", () => {
    const storage: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(recordRun(storage, passing).exercises["cache-aside"]?.passed).toBe(true);
  });
});
