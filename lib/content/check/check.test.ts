import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SCHEMAS_DIR } from "../json-schema.ts";
import { formatProblem } from "../problems.ts";
import {
  baseCourse,
  EXERCISE_DIR,
  fakeRunner,
  LESSON_MDX,
  removeCourse,
  writeCourse,
} from "../test-course.ts";
import { checkContent } from "./index.ts";

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeCourse));
});

/** Checks a variant of the base course; returns the error lines and the warning lines. */
async function check(changes: Record<string, string | undefined> = {}) {
  const root = await writeCourse({ ...baseCourse(), ...changes });
  roots.push(root);
  const report = await checkContent({ root, runner: fakeRunner, concurrency: 2 });
  const strip = (line: string) => line.replace(`${root}/`, "");
  return {
    errors: report.errors.map((p) => strip(formatProblem(p))),
    warnings: report.warnings.map((p) => strip(formatProblem(p))),
    report,
  };
}

describe("lessons check", () => {
  it("passes the valid course with no errors and runs solution and starter of each exercise", async () => {
    const { errors, warnings, report } = await check();
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(report.counts).toEqual({ pillars: 1, lessons: 2, exercises: 1, quizzes: 1, runs: 2 });
  });

  it("reports a broken solution, naming its folder and the failing test", async () => {
    const { errors } = await check({
      [`${EXERCISE_DIR}/solution/index.ts`]: "export function answer() {\n  return 41;\n}\n",
    });
    expect(errors).toEqual([
      `${EXERCISE_DIR}/solution: solution-fails: failed: "is 42" (expected 42, received 0)`,
    ]);
  });

  it("reports a starter that already passes", async () => {
    const { errors } = await check({
      [`${EXERCISE_DIR}/starter/index.ts`]: "export function answer() {\n  return 42;\n}\n",
    });
    expect(errors).toEqual([
      `${EXERCISE_DIR}/starter: starter-passes: the starter already passes all 1 tests`,
    ]);
  });

  it("reports an id used twice, at the second file", async () => {
    const { errors } = await check({
      "01-http/02-headers/meta.json": JSON.stringify({
        id: "basics",
        title: "H",
        summary: "S",
        objectives: ["o"],
        minutes: 5,
      }),
    });
    expect(errors).toContain(
      '01-http/02-headers/meta.json: unique-id: lesson id "basics" is already used by 01-http/01-basics/meta.json',
    );
  });

  it("reports a quiz key that points nowhere and an ordering key that is not a permutation", async () => {
    const quiz = JSON.parse(baseCourse()["01-http/01-basics/quiz.json"]!);
    quiz.questions[0].answer = "c";
    quiz.questions[1].answer = ["x", "x"];
    const { errors } = await check({ "01-http/01-basics/quiz.json": JSON.stringify(quiz) });
    expect(errors).toEqual([
      '01-http/01-basics/quiz.json: quiz-key: question "one": answer "c" is not one of a, b',
      '01-http/01-basics/quiz.json: quiz-key: question "order": answer lists an id twice',
      '01-http/01-basics/quiz.json: quiz-key: question "order": an ordering answer must list every item exactly once',
    ]);
  });

  it("reports missing required files", async () => {
    const { errors } = await check({
      [`${EXERCISE_DIR}/solution/index.ts`]: undefined,
      "01-http/02-headers/lesson.mdx": undefined,
    });
    expect(errors).toEqual([
      "01-http/02-headers/lesson.mdx: required-file: missing",
      `${EXERCISE_DIR}/solution/index.ts: required-file: missing (the meta.json entry)`,
    ]);
  });

  it("reports a given file that is also in starter or solution", async () => {
    const { errors } = await check({
      [`${EXERCISE_DIR}/given/helper.ts`]: "export const two = 2;\n",
      [`${EXERCISE_DIR}/starter/helper.ts`]: "export const two = 2;\n",
    });
    expect(errors).toEqual([
      `${EXERCISE_DIR}/starter/helper.ts: given-conflict: also in given/: a given file cannot be in starter/ too`,
    ]);
  });

  it("reports an `open` file that the starter does not have", async () => {
    const meta = JSON.parse(baseCourse()[`${EXERCISE_DIR}/meta.json`]!);
    const { errors } = await check({
      [`${EXERCISE_DIR}/meta.json`]: JSON.stringify({ ...meta, open: "breaker.ts" }),
    });
    expect(errors).toEqual([
      `${EXERCISE_DIR}/starter/breaker.ts: required-file: missing (the meta.json open)`,
    ]);
  });

  it("runs the given files with both the solution and the starter", async () => {
    const root = await writeCourse({
      ...baseCourse(),
      [`${EXERCISE_DIR}/given/helper.ts`]: "export const two = 2;\n",
    });
    roots.push(root);
    const seen: string[][] = [];
    const runner: typeof fakeRunner = (req) => {
      seen.push(Object.keys(req.files).sort());
      return fakeRunner(req);
    };
    const report = await checkContent({ root, runner, concurrency: 1 });
    expect(report.errors).toEqual([]);
    expect(seen).toEqual([
      ["helper.ts", "index.ts"],
      ["helper.ts", "index.ts"],
    ]);
  });

  it("reports a prerequisite cycle and a prerequisite that does not exist", async () => {
    const basics = JSON.parse(baseCourse()["01-http/01-basics/meta.json"]!);
    const { errors } = await check({
      "01-http/01-basics/meta.json": JSON.stringify({
        ...basics,
        prerequisites: ["headers", "nope"],
      }),
    });
    expect(errors).toEqual([
      '01-http/01-basics/meta.json: prerequisite-missing: prerequisite "nope" is not a lesson or pillar id',
      "01-http/02-headers/meta.json: prerequisite-cycle: prerequisites form a cycle: basics -> headers -> basics",
    ]);
  });

  it("reports a broken link and a broken heading anchor, with the line", async () => {
    const mdx = LESSON_MDX.replace(
      "/learn/http/headers#content-type",
      "/learn/http/headers#nope",
    ).replace("(#recap)", "(/learn/http/missing)");
    const { errors } = await check({ "01-http/01-basics/lesson.mdx": mdx });
    expect(errors).toEqual([
      '01-http/01-basics/lesson.mdx:9: anchor: /learn/http/headers#nope: /learn/http/headers has no heading with id "nope"',
      "01-http/01-basics/lesson.mdx:9: link: /learn/http/missing leads nowhere (no page /learn/http/missing)",
    ]);
  });

  it("resolves relative links against the lesson's URL", async () => {
    const mdx = LESSON_MDX.replace(
      "/learn/http/headers#content-type",
      "headers#content-type",
    ).replace("(#recap)", "(../http/nowhere)");
    const { errors } = await check({ "01-http/01-basics/lesson.mdx": mdx });
    expect(errors).toEqual([
      "01-http/01-basics/lesson.mdx:9: link: ../http/nowhere leads nowhere (no page /learn/http/nowhere)",
    ]);
  });

  it("reports a schema violation with the field and an MDX file that does not compile", async () => {
    const { errors } = await check({
      [`${EXERCISE_DIR}/meta.json`]: JSON.stringify({
        id: "answer",
        title: "A",
        summary: "S",
        difficulty: "hard",
        extra: 1,
      }),
      "01-http/02-headers/lesson.mdx": "Intro\n\n<YouWillLearn>\n\n## Recap {/*recap*/}\n",
    });
    expect(
      errors.some((e) => e.startsWith(`${EXERCISE_DIR}/meta.json: schema: difficulty: `)),
    ).toBe(true);
    expect(
      errors.some(
        (e) => e.startsWith(`${EXERCISE_DIR}/meta.json: schema: `) && e.includes('"extra"'),
      ),
    ).toBe(true);
    expect(errors.some((e) => e.startsWith("01-http/02-headers/lesson.mdx: mdx-compile: "))).toBe(
      true,
    );
  });

  it("reports a lesson that leaves out the skeleton, and unknown components", async () => {
    const { errors, warnings } = await check({
      "01-http/02-headers/lesson.mdx":
        "Intro\n\n## Content type {/*content-type*/}\n\n<Calout>x</Calout>\n\n## Untitled\n",
    });
    expect(errors).toEqual([
      "01-http/02-headers/lesson.mdx: skeleton: no <YouWillLearn> block after the opening paragraph",
      '01-http/02-headers/lesson.mdx: skeleton: no "## Recap {/*recap*/}" section',
      expect.stringMatching(
        /^01-http\/02-headers\/lesson\.mdx:5: component: <Calout> is not one of Callout, /,
      ),
    ]);
    expect(warnings).toEqual([
      '01-http/02-headers/lesson.mdx:7: heading-id: "Untitled" has no {/*id*/}; its anchor changes when reworded',
    ]);
  });

  it("reports an ExerciseCard that names no exercise and a repeated question id", async () => {
    const quiz = JSON.parse(baseCourse()["01-http/01-basics/quiz.json"]!);
    quiz.questions[1].id = "one";
    const { errors } = await check({
      "01-http/01-basics/lesson.mdx": LESSON_MDX.replace(
        "<Exercises />",
        '<ExerciseCard id="ghost" />',
      ),
      "01-http/01-basics/quiz.json": JSON.stringify(quiz),
    });
    expect(errors).toEqual([
      '01-http/01-basics/quiz.json: unique-id: question id "one" repeats in this quiz',
      '01-http/01-basics/lesson.mdx:19: link: <ExerciseCard id="ghost"> names no exercise',
    ]);
  });

  it("turns an engine crash into a problem instead of stopping the check", async () => {
    const root = await writeCourse(baseCourse());
    roots.push(root);
    const report = await checkContent({
      root,
      runner: () => Promise.reject(new Error("worker died")),
    });
    expect(report.errors.map((p) => p.rule)).toEqual(["sandbox", "sandbox"]);
    expect(report.errors[0]!.message).toBe("the engine failed: worker died");
  });

  it("warns about TODO(author) markers left by the scaffold", async () => {
    const { errors, warnings } = await check({
      [`${EXERCISE_DIR}/README.mdx`]: "{/* TODO(author): write the task */}\nText.\n",
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      `${EXERCISE_DIR}/README.mdx:1: todo: {/* TODO(author): write the task */}`,
    ]);
  });

  it("warns about a $schema that is not the file's schema, and accepts the right one", async () => {
    const root = await writeCourse(baseCourse());
    roots.push(root);
    const right = path.relative(
      path.join(root, "01-http"),
      path.join(SCHEMAS_DIR, "pillar.schema.json"),
    );
    const base = JSON.parse(baseCourse()["01-http/meta.json"]!);
    await writeFile(
      path.join(root, "01-http/meta.json"),
      JSON.stringify({ ...base, $schema: right }),
    );
    await writeFile(
      path.join(root, "01-http/01-basics/meta.json"),
      JSON.stringify({
        ...JSON.parse(baseCourse()["01-http/01-basics/meta.json"]!),
        $schema: "../lesson.schema.json",
      }),
    );
    const report = await checkContent({ root, runner: fakeRunner });
    expect(report.warnings.map((p) => `${p.rule}: ${p.message.split(";")[0]}`)).toEqual([
      'schema-ref: $schema "../lesson.schema.json" is not the lesson schema',
    ]);
  });
});
