// A small, valid course written to a temp dir, for tests of the loader and the checker. Each
// test breaks one thing in it and expects the one problem that names it.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { RunRequest, RunResult } from "sandbox-runtime";

const json = (v: unknown) => JSON.stringify(v, null, 2);

export const LESSON_MDX = `Why this matters.

<YouWillLearn>
- One thing
</YouWillLearn>

## Status codes {/*status-codes*/}

See [the next lesson](/learn/http/headers#content-type) and [below](#recap).

\`\`\`ts
const ok = 200;
\`\`\`

## Recap {/*recap*/}

- Done.

<Exercises />
`;

const X = "01-http/01-basics/exercises/01-answer";

/** Path -> content of the baseline course (relative to the lessons root). */
export function baseCourse(): Record<string, string> {
  return {
    "01-http/meta.json": json({
      id: "http",
      title: "HTTP",
      summary: "The web.",
      limits: { cpuMs: 500 },
      difficulty: "intermediate",
    }),
    "01-http/01-basics/meta.json": json({
      id: "basics",
      title: "Basics",
      summary: "First.",
      objectives: ["Know"],
      minutes: 10,
    }),
    "01-http/01-basics/lesson.mdx": LESSON_MDX,
    "01-http/01-basics/quiz.json": json({
      id: "basics-quiz",
      questions: [
        {
          id: "one",
          kind: "single",
          prompt: "Pick a",
          choices: [
            { id: "a", text: "A" },
            { id: "b", text: "B" },
          ],
          answer: "a",
          explanation: "A is right.",
        },
        {
          id: "order",
          kind: "ordering",
          prompt: "Order",
          items: [
            { id: "x", text: "X" },
            { id: "y", text: "Y" },
          ],
          answer: ["x", "y"],
          explanation: "X first.",
        },
      ],
    }),
    [`${X}/meta.json`]: json({
      id: "answer",
      title: "Answer",
      summary: "Return 42.",
      limits: { wallMs: 3000 },
    }),
    [`${X}/README.mdx`]: "Export `answer()` returning 42.\n",
    [`${X}/hints.mdx`]: "## Hint\n\nA number.\n\n## Hint one more\n\nForty-two.\n",
    [`${X}/starter/index.ts`]: "export function answer() {\n  return 0;\n}\n",
    [`${X}/solution/index.ts`]: "export function answer() {\n  return 42;\n}\n",
    [`${X}/tests/answer.test.ts`]:
      'import { test, expect } from "@pillars/test";\nimport { answer } from "@pillars/learner";\ntest("is 42", () => expect(answer()).toBe(42));\n',
    [`${X}/tests/shape.visible.test.ts`]:
      'import { test } from "@pillars/test";\ntest("runs", () => {});\n',
    [`${X}/fixtures/seed.sql`]: "CREATE TABLE t (id INTEGER);\n",
    [`${X}/fixtures/cache.json`]: json({ greeting: "hi", session: { value: "s", ttlMs: 1000 } }),
    "01-http/02-headers/meta.json": json({
      id: "headers",
      title: "Headers",
      summary: "Second.",
      objectives: ["Know"],
      minutes: 10,
      prerequisites: ["basics"],
    }),
    "01-http/02-headers/lesson.mdx": LESSON_MDX.replace(
      "## Status codes {/*status-codes*/}",
      "## Content type {/*content-type*/}",
    )
      .replace("/learn/http/headers#content-type", "/learn/http/basics#status-codes")
      .replace("<Exercises />\n", ""),
  };
}

export const EXERCISE_DIR = X;

export async function writeCourse(files: Record<string, string | undefined>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "pillars-content-"));
  for (const [rel, text] of Object.entries(files)) {
    if (text === undefined) continue;
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), text);
  }
  return root;
}

export async function removeCourse(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/**
 * Stands in for the engine in checker tests: the submission passes when its entry module
 * returns 42 (the test course's one test). The real engine is exercised in lessons.test.ts.
 */
export async function fakeRunner(req: RunRequest): Promise<RunResult> {
  const passes = /return 42;/.test(req.files[req.entry ?? "index.ts"] ?? "");
  return {
    verdict: passes ? "passed" : "failed",
    tests: [
      {
        name: "is 42",
        status: passes ? "passed" : "failed",
        ...(passes ? {} : { message: "expected 42, received 0" }),
      },
    ],
    logs: [],
    trace: [],
    usage: { wallMs: 1, cpuMs: 1 },
  };
}
