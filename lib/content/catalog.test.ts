import { utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createCatalog } from "./catalog.ts";
import { ContentError } from "./problems.ts";
import { baseCourse, EXERCISE_DIR, removeCourse, writeCourse } from "./test-course.ts";

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeCourse));
});
async function course(changes: Record<string, string | undefined> = {}) {
  const root = await writeCourse({ ...baseCourse(), ...changes });
  roots.push(root);
  return root;
}

describe("catalog", () => {
  it("lists pillars and lessons in folder order with exercise summaries and quiz presence", async () => {
    const catalog = createCatalog({ root: await course() });
    const { pillars } = await catalog.loadCourse();
    expect(pillars.map((p) => [p.id, p.slug, p.order])).toEqual([["http", "http", 1]]);
    expect(pillars[0]!.lessons.map((l) => [l.id, l.slug, l.hasQuiz, l.prerequisites])).toEqual([
      ["basics", "basics", true, []],
      ["headers", "headers", false, ["basics"]],
    ]);
    expect(pillars[0]!.lessons[0]!.exercises).toEqual([
      expect.objectContaining({
        id: "answer",
        difficulty: "intermediate",
        pillarTitle: "HTTP",
        lessonTitle: "Basics",
      }),
    ]);
    expect(await catalog.getPillar("http")).toBe(pillars[0]);
    expect(await catalog.listExercises()).toEqual([
      expect.objectContaining({ id: "answer", lessonId: "basics" }),
    ]);
  });

  it("gives an exercise its files, fixtures, hints and limits inherited from the pillar", async () => {
    const exercise = await createCatalog({ root: await course() }).getExercise("answer");
    expect(exercise).toMatchObject({
      id: "answer",
      entry: "index.ts",
      open: "index.ts",
      given: {},
      difficulty: "intermediate",
      pillarId: "http",
      lessonId: "basics",
      instructions: "Export `answer()` returning 42.\n",
      hints: ["A number.", "Forty-two."],
      limits: { cpuMs: 500, wallMs: 3000 },
      fixtures: {
        sql: "CREATE TABLE t (id INTEGER);\n",
        cache: { greeting: "hi", session: { value: "s", ttlMs: 1000 } },
      },
    });
    expect(Object.keys(exercise!.tests)).toEqual(["answer.test.ts", "shape.visible.test.ts"]);
    expect(Object.keys(exercise!.visibleTests)).toEqual(["shape.visible.test.ts"]);
    expect(exercise!.solution["index.ts"]).toContain("return 42");
    expect(exercise!.starter["index.ts"]).toContain("return 0");
  });

  it("reads given files as their own set and the file to open from meta.json", async () => {
    const meta = JSON.parse(baseCourse()[`${EXERCISE_DIR}/meta.json`]!);
    const root = await course({
      [`${EXERCISE_DIR}/meta.json`]: JSON.stringify({ ...meta, open: "answer.ts" }),
      [`${EXERCISE_DIR}/starter/answer.ts`]: "export const n = 0;\n",
      [`${EXERCISE_DIR}/given/lib/helper.ts`]: "export const two = 2;\n",
    });
    const exercise = await createCatalog({ root }).getExercise("answer");
    expect(exercise?.open).toBe("answer.ts");
    expect(exercise?.given).toEqual({ "lib/helper.ts": "export const two = 2;\n" });
    expect(Object.keys(exercise!.starter)).toEqual(["answer.ts", "index.ts"]);
  });

  it("compiles a lesson with its table of contents, and answers undefined for unknown ids", async () => {
    const catalog = createCatalog({ root: await course() });
    const lesson = await catalog.getLesson("http", "basics");
    expect(lesson?.toc).toEqual([
      { depth: 2, id: "status-codes", text: "Status codes" },
      { depth: 2, id: "recap", text: "Recap" },
    ]);
    expect(lesson?.code).toContain("YouWillLearn");
    expect(await catalog.getLesson("http", "nope")).toBeUndefined();
    expect(await catalog.getExercise("nope")).toBeUndefined();
    expect((await catalog.getQuiz("basics-quiz"))?.questions).toHaveLength(2);
  });

  it("fails loudly, listing every broken file, when content is invalid", async () => {
    const root = await course({
      "01-http/01-basics/meta.json": "{ not json",
      [`${EXERCISE_DIR}/meta.json`]: JSON.stringify({ id: "Bad Id", title: "t", summary: "s" }),
    });
    const error = await createCatalog({ root })
      .loadCourse()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const lines = (error as ContentError).problems.map(
      (p) => `${path.relative(root, p.path)}: ${p.rule}`,
    );
    expect(lines).toEqual([
      "01-http/01-basics/meta.json: json",
      `${EXERCISE_DIR}/meta.json: schema`,
    ]);
  });

  it("re-reads the folder after a change when watching (development), not otherwise", async () => {
    const root = await course();
    const watching = createCatalog({ root, watch: true });
    const cached = createCatalog({ root });
    await watching.loadCourse();
    await cached.loadCourse();
    const meta = path.join(root, "01-http/meta.json");
    await writeFile(meta, JSON.stringify({ id: "http", title: "HTTP, renamed", summary: "s" }));
    await utimes(meta, new Date(), new Date(Date.now() + 5000));
    expect((await watching.loadCourse()).pillars[0]!.title).toBe("HTTP, renamed");
    expect((await cached.loadCourse()).pillars[0]!.title).toBe("HTTP");
  });
});
