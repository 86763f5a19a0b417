// Reads an exercise folder into what the engine runs: starter, solution, given and test
// sources, fixtures and merged limits. Used by the loader (getExercise) and the checker.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Fixtures, Limits } from "sandbox-runtime";
import type { ProblemList } from "./problems.ts";
import { exists, readJson } from "./tree.ts";

export interface ExerciseFiles {
  starter: Record<string, string>;
  solution: Record<string, string>;
  /**
   * Read-only helpers (given/) that are part of every run: starter, solution and learner
   * submissions. The server always uses its own copy (see `withGiven`).
   */
  given: Record<string, string>;
  /** Every test file, hidden and visible. */
  tests: Record<string, string>;
  visibleTests: Record<string, string>;
  fixtures: Fixtures;
  instructions: string;
  /** MDX source of each `## Hint` section of hints.mdx, in order. */
  hints: string[];
}

const MAX_FILE_BYTES = 256 * 1024;
// The engine takes TypeScript modules only (RunRequest.files and .tests).
const SOURCE_FILE = /\.ts$/;

export const cacheFixtureSchema = z.record(
  z.string(),
  z.union([
    z.string(),
    z.object({ value: z.string(), ttlMs: z.number().int().positive().optional() }).strict(),
  ]),
);
export const queuesFixtureSchema = z.record(z.string(), z.array(z.unknown()));

/** TypeScript files under `dir` by relative POSIX path (e.g. "lib/repo.ts"); others are ignored. */
export async function readSourceTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile() || !SOURCE_FILE.test(e.name)) continue;
    const full = path.join(e.parentPath, e.name);
    const text = await readFile(full, "utf8");
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) continue;
    out[path.relative(dir, full).split(path.sep).join("/")] = text;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Splits hints.mdx at each `## Hint...` heading; text before the first one is ignored. */
export function splitHints(source: string): string[] {
  const sections = source.split(/^##\s+Hint\b.*$/m).slice(1);
  return sections.map((s) => s.trim()).filter(Boolean);
}

export function pickTests(all: Record<string, string>, visible: boolean): Record<string, string> {
  return Object.fromEntries(
    Object.entries(all).filter(
      ([name]) => name.endsWith(".test.ts") && name.endsWith(".visible.test.ts") === visible,
    ),
  );
}

export async function readExerciseFiles(
  dir: string,
  clockStart: string | undefined,
  problems: ProblemList,
): Promise<ExerciseFiles> {
  const fixturesDir = path.join(dir, "fixtures");
  const fixtures: Fixtures = {};
  const seed = path.join(fixturesDir, "seed.sql");
  if (await exists(seed)) fixtures.sql = await readFile(seed, "utf8");
  const cache = await readJson(
    path.join(fixturesDir, "cache.json"),
    cacheFixtureSchema,
    problems,
    false,
  );
  if (cache) fixtures.cache = cache;
  const queues = await readJson(
    path.join(fixturesDir, "queues.json"),
    queuesFixtureSchema,
    problems,
    false,
  );
  if (queues) fixtures.queues = queues;
  if (clockStart) fixtures.clockStart = Date.parse(clockStart);

  const allTests = await readSourceTree(path.join(dir, "tests"));
  const tests = Object.fromEntries(
    Object.entries(allTests).filter(([name]) => name.endsWith(".test.ts")),
  );
  const readme = path.join(dir, "README.mdx");
  const hintsFile = path.join(dir, "hints.mdx");
  return {
    starter: await readSourceTree(path.join(dir, "starter")),
    solution: await readSourceTree(path.join(dir, "solution")),
    given: await readSourceTree(path.join(dir, "given")),
    tests,
    visibleTests: pickTests(tests, true),
    fixtures,
    instructions: (await exists(readme)) ? await readFile(readme, "utf8") : "",
    hints: (await exists(hintsFile)) ? splitHints(await readFile(hintsFile, "utf8")) : [],
  };
}

/**
 * The files a run gets: the submitted ones plus the exercise's given files, the given copy
 * winning, so a submission can never replace a helper the tests rely on.
 */
export function withGiven(
  files: Record<string, string>,
  given: Record<string, string>,
): Record<string, string> {
  return { ...files, ...given };
}

/** Nearest setting wins: exercise over lesson over pillar. */
export function mergeLimits(...layers: (Partial<Limits> | undefined)[]): Partial<Limits> {
  return Object.assign({}, ...layers.filter(Boolean)) as Partial<Limits>;
}
