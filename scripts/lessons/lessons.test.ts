// The lessons CLI end to end, as an author uses it, against the real engine (sandbox-runtime).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, "../lessons.ts");
let root = "";
const exerciseDir = () => path.join(root, "01-http/01-first-steps/exercises/01-answer-question");

async function lessons(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: { ...process.env, PILLARS_LESSONS_DIR: root, PILLARS_CHECK_CONCURRENCY: "1" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "pillars-cli-"));
  expect((await lessons("new", "http", "first-steps")).code).toBe(0);
  expect((await lessons("new", "http/first-steps", "exercise", "answer-question")).code).toBe(0);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("npm run lessons", () => {
  it("scaffolds a lesson and an exercise that pass the check, with TODO warnings only", async () => {
    const { code, stdout, stderr } = await lessons("check");
    expect(stdout).toMatch(
      /1 pillars, 1 lessons, 1 exercises, 0 quizzes, 2 sandbox runs: 0 errors, \d+ warnings/,
    );
    expect(stdout).toContain("lesson.mdx:1: todo: ");
    expect(stdout).not.toContain("Errors");
    expect(stderr).toContain("ran 2/2");
    expect(code).toBe(0);
  });

  it("fails, naming the folder, when the solution is broken or the starter already passes", async () => {
    const solution = path.join(exerciseDir(), "solution/index.ts");
    const starter = path.join(exerciseDir(), "starter/index.ts");
    const original = {
      solution: await readFile(solution, "utf8"),
      starter: await readFile(starter, "utf8"),
    };
    await writeFile(solution, original.solution.replace("return 42;", "return 41;"));
    await writeFile(starter, original.starter.replace("return 0;", "return 42;"));
    try {
      const { code, stdout } = await lessons("check");
      expect(code).toBe(1);
      const rel = exerciseDir(); // outside the repo, so printed as an absolute path
      expect(stdout).toContain(`${rel}/solution: solution-fails: failed: "answer() returns 42"`);
      expect(stdout).toContain(
        `${rel}/starter: starter-passes: the starter already passes all 2 tests`,
      );
      expect(stdout).toMatch(/: 2 errors, /);
    } finally {
      await writeFile(solution, original.solution);
      await writeFile(starter, original.starter);
    }
  });

  it("grades a file or a folder as the learner would see it; exit 0 only when it passes", async () => {
    const failing = await lessons("grade", "answer-question", path.join(exerciseDir(), "starter"));
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain("✗ answer() returns 42");
    expect(failing.stdout).toContain("Verdict: failed (1/2 tests passed");
    const passing = await lessons(
      "grade",
      "answer-question",
      path.join(exerciseDir(), "solution/index.ts"),
    );
    expect(passing.stdout).toContain("Verdict: passed (2/2 tests passed");
    expect(passing.code).toBe(0);
    expect((await lessons("grade", "no-such-exercise", exerciseDir())).code).toBe(2);
  });

  it("adds the exercise's given files to every run: check and grade", async () => {
    const solution = path.join(exerciseDir(), "solution/index.ts");
    const given = path.join(exerciseDir(), "given/answer-value.ts");
    const original = await readFile(solution, "utf8");
    await mkdir(path.dirname(given), { recursive: true });
    await writeFile(given, "export const ANSWER = 42;\n");
    await writeFile(
      solution,
      'import { ANSWER } from "./answer-value.ts";\n' +
        original.replace("return 42;", "return ANSWER;"),
    );
    try {
      const checked = await lessons("check");
      expect(checked.stdout).toMatch(/: 0 errors, /);
      const graded = await lessons("grade", "answer-question", solution);
      expect(graded.stdout).toContain("Verdict: passed (2/2 tests passed");
    } finally {
      await writeFile(solution, original);
      await rm(path.dirname(given), { recursive: true, force: true });
    }
  });

  it("refuses to scaffold over an id that is taken, and explains usage", async () => {
    const taken = await lessons("new", "http/first-steps", "exercise", "answer-question");
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('the id "answer-question" is taken');
    const usage = await lessons("frobnicate");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage: npm run lessons -- <command>");
  });
});
