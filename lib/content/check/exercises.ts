// Exercise checks: the files an exercise needs are there, and, through the engine, the
// reference solution passes every test while the starter fails at least one (a starter that
// already passes teaches nothing; a solution that fails proves the tests wrong).
import path from "node:path";
import type { RunRequest, RunResult } from "sandbox-runtime";
import {
  mergeLimits,
  readExerciseFiles,
  withGiven,
  type ExerciseFiles,
} from "../exercise-files.ts";
import type { ProblemList } from "../problems.ts";
import {
  exists,
  type ContentTree,
  type ExerciseNode,
  type LessonNode,
  type PillarNode,
} from "../tree.ts";

/** Runs one request in the sandbox; injected so the checker can be tested without the engine. */
export type Runner = (req: RunRequest) => Promise<RunResult>;

export interface ExerciseJob {
  node: ExerciseNode;
  request: Omit<RunRequest, "files">;
  files: ExerciseFiles;
}

async function requireFiles(
  x: ExerciseNode,
  files: ExerciseFiles,
  problems: ProblemList,
): Promise<boolean> {
  let ok = true;
  const missing = (rel: string, why = "missing") => {
    problems.error(path.join(x.dir, rel), "required-file", why);
    ok = false;
  };
  if (!(await exists(path.join(x.dir, "README.mdx")))) missing("README.mdx");
  if (!(x.meta.entry in files.starter))
    missing(`starter/${x.meta.entry}`, "missing (the meta.json entry)");
  if (!(x.meta.entry in files.solution))
    missing(`solution/${x.meta.entry}`, "missing (the meta.json entry)");
  if (x.meta.open !== undefined && !Object.hasOwn(files.starter, x.meta.open))
    missing(`starter/${x.meta.open}`, "missing (the meta.json open)");
  // A given file is the server's copy in every run; a starter or solution file of the same
  // path would be silently replaced, so the author's intent is unclear: refuse it.
  for (const name of Object.keys(files.given)) {
    for (const side of ["starter", "solution"] as const) {
      if (Object.hasOwn(files[side], name)) {
        problems.error(
          path.join(x.dir, side, name),
          "given-conflict",
          `also in given/: a given file cannot be in ${side}/ too`,
        );
        ok = false;
      }
    }
  }
  const hidden = Object.keys(files.tests).length - Object.keys(files.visibleTests).length;
  if (Object.keys(files.tests).length === 0) missing("tests", "no *.test.ts file");
  else if (hidden === 0)
    problems.warn(
      path.join(x.dir, "tests"),
      "required-file",
      "every test is visible; add hidden tests",
    );
  if (Object.keys(files.visibleTests).length === 0) {
    problems.warn(
      path.join(x.dir, "tests"),
      "required-file",
      "no *.visible.test.ts: learners see no example test",
    );
  }
  return ok;
}

/** Reads every exercise, reports missing files, and returns the ones complete enough to run. */
export async function collectExerciseJobs(
  tree: ContentTree,
  problems: ProblemList,
): Promise<ExerciseJob[]> {
  const jobs: ExerciseJob[] = [];
  const each: [PillarNode, LessonNode, ExerciseNode][] = tree.pillars.flatMap((p) =>
    p.lessons.flatMap((l) =>
      l.exercises.map((x) => [p, l, x] as [PillarNode, LessonNode, ExerciseNode]),
    ),
  );
  for (const [p, l, x] of each) {
    const files = await readExerciseFiles(x.dir, x.meta.clockStart, problems);
    if (!(await requireFiles(x, files, problems))) continue;
    const limits = mergeLimits(p.meta.limits, l.meta.limits, x.meta.limits);
    jobs.push({
      node: x,
      files,
      request: { entry: x.meta.entry, tests: files.tests, fixtures: files.fixtures, limits },
    });
  }
  return jobs;
}

/** One line per failing test, or the run's error, as the author needs to see it. */
export function describeFailure(result: RunResult): string {
  const failed = result.tests.filter((t) => t.status === "failed");
  if (failed.length) {
    // The first few are enough to start on; `lessons grade` shows them all.
    const shown = failed
      .slice(0, 3)
      .map((t) => `"${t.name}"${t.message ? ` (${t.message.split("\n")[0]})` : ""}`);
    return shown.join("; ") + (failed.length > 3 ? `; and ${failed.length - 3} more` : "");
  }
  const diag = result.diagnostics?.[0];
  if (diag) return `${diag.file}:${diag.line}:${diag.column}: ${diag.message}`;
  return result.error ?? "no test ran";
}

async function runSafely(runner: Runner, req: RunRequest): Promise<RunResult | Error> {
  try {
    return await runner(req);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export interface RunProgress {
  done: number;
  total: number;
  label: string;
}

/** Runs solution and starter of every job, `concurrency` at a time, recording problems. */
export async function runExerciseJobs(
  jobs: ExerciseJob[],
  runner: Runner,
  problems: ProblemList,
  options: { concurrency?: number; onProgress?: (p: RunProgress) => void } = {},
): Promise<void> {
  const tasks = jobs.flatMap((job) =>
    (["solution", "starter"] as const).map((side) => ({ job, side })),
  );
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const { job, side } = tasks[next++]!;
      const files = withGiven(job.files[side], job.files.given);
      const result = await runSafely(runner, { ...job.request, files });
      const where = path.join(job.node.dir, side);
      if (result instanceof Error) {
        problems.error(where, "sandbox", `the engine failed: ${result.message}`);
      } else if (side === "solution" && result.verdict !== "passed") {
        problems.error(where, "solution-fails", `${result.verdict}: ${describeFailure(result)}`);
      } else if (side === "solution" && result.tests.length === 0) {
        problems.error(where, "solution-fails", "no test ran");
      } else if (side === "starter" && result.verdict === "passed") {
        problems.error(
          where,
          "starter-passes",
          `the starter already passes all ${result.tests.length} tests`,
        );
      }
      options.onProgress?.({
        done: ++done,
        total: tasks.length,
        label: `${job.node.meta.id} ${side}`,
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
}
