// `lessons check`: every check over the whole tree, never stopping at the first problem.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { renderJsonSchemas, SCHEMAS_DIR } from "../json-schema.ts";
import { ProblemList, type Problem } from "../problems.ts";
import { readTree, type ContentTree } from "../tree.ts";
import { checkDocuments } from "./documents.ts";
import {
  collectExerciseJobs,
  runExerciseJobs,
  type RunProgress,
  type Runner,
} from "./exercises.ts";
import { checkUniqueIds } from "./ids.ts";
import { checkPrerequisites } from "./prerequisites.ts";
import { checkQuizKeys } from "./quiz-keys.ts";
import { checkSchemaRefs } from "./schema-refs.ts";

export type { Runner, RunProgress };

export interface CheckOptions {
  root: string;
  /** The sandbox; without one, exercises are not run (counts.runs is 0; the caller reports why). */
  runner?: Runner;
  concurrency?: number;
  onProgress?: (p: RunProgress) => void;
  /** Where the committed JSON Schemas live (default: schemas/). */
  schemasDir?: string;
}

export interface CheckReport {
  problems: Problem[];
  errors: Problem[];
  warnings: Problem[];
  counts: { pillars: number; lessons: number; exercises: number; quizzes: number; runs: number };
}

/** The marker scaffolds leave for the author; `check` warns until each one is gone. */
export const AUTHOR_TODO = "TODO(author)";

async function checkTodos(root: string, problems: ProblemList): Promise<void> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile() || !/\.(mdx|json|ts|sql)$/.test(e.name)) continue;
    const file = path.join(e.parentPath, e.name);
    const lines = (await readFile(file, "utf8")).split("\n");
    lines.forEach((line, i) => {
      if (line.includes(AUTHOR_TODO))
        problems.warn(`${file}:${i + 1}`, "todo", line.trim().slice(0, 120));
    });
  }
}

async function checkSchemaFiles(dir: string, problems: ProblemList): Promise<void> {
  for (const [name, text] of Object.entries(await renderJsonSchemas())) {
    const file = path.join(dir, name);
    const committed = await readFile(file, "utf8").catch(() => undefined);
    if (committed !== text)
      problems.error(file, "schema-file", "out of date: run `npm run lessons -- schemas`");
  }
}

function count(tree: ContentTree) {
  const lessons = tree.pillars.flatMap((p) => p.lessons);
  return {
    pillars: tree.pillars.length,
    lessons: lessons.length,
    exercises: lessons.reduce((n, l) => n + l.exercises.length, 0),
    quizzes: lessons.filter((l) => l.quiz).length,
  };
}

export async function checkContent(options: CheckOptions): Promise<CheckReport> {
  const problems = new ProblemList();
  const tree = await readTree(options.root, problems);
  checkUniqueIds(tree, problems);
  checkPrerequisites(tree, problems);
  checkQuizKeys(tree, problems);
  await checkSchemaFiles(options.schemasDir ?? SCHEMAS_DIR, problems);
  checkSchemaRefs(tree, options.schemasDir ?? SCHEMAS_DIR, problems);
  await checkTodos(options.root, problems);
  await checkDocuments(tree, problems);
  const jobs = await collectExerciseJobs(tree, problems);
  if (options.runner) await runExerciseJobs(jobs, options.runner, problems, options);
  return {
    problems: problems.items,
    errors: problems.errors,
    warnings: problems.warnings,
    counts: { ...count(tree), runs: options.runner ? jobs.length * 2 : 0 },
  };
}
