// `lessons grade <exercise-id> <file-or-dir>`: runs local files as the learner's submission and
// prints what the learner would see. Exit code 0 only when the verdict is `passed`.
import { readFile, stat } from "node:fs/promises";
import type { RunResult } from "sandbox-runtime";
import { createCatalog } from "../../lib/content/catalog.ts";
import { readSourceTree, withGiven } from "../../lib/content/exercise-files.ts";
import { openSandbox } from "./sandbox.ts";

export function formatResult(result: RunResult): string {
  const lines: string[] = [];
  for (const d of result.diagnostics ?? [])
    lines.push(`${d.file}:${d.line}:${d.column}: ${d.message}`);
  for (const t of result.tests) {
    lines.push(`${t.status === "passed" ? "✓" : t.status === "failed" ? "✗" : "-"} ${t.name}`);
    if (t.message) lines.push(...t.message.split("\n").map((l) => `    ${l}`));
  }
  if (result.logs.length) {
    lines.push("", "Console:");
    for (const log of result.logs) lines.push(`  [${log.level}] ${log.message}`);
  }
  if (result.error) lines.push("", result.error);
  const passed = result.tests.filter((t) => t.status === "passed").length;
  lines.push(
    "",
    `Verdict: ${result.verdict} (${passed}/${result.tests.length} tests passed, ` +
      `${result.trace.length} calls traced, cpu ${Math.round(result.usage.cpuMs)} ms)`,
  );
  return lines.join("\n");
}

export async function gradeCommand(root: string, args: string[]): Promise<number> {
  const [id, target] = args;
  if (!id || !target) {
    console.error("usage: npm run lessons -- grade <exercise-id> <file-or-dir>");
    return 2;
  }
  const exercise = await createCatalog({ root }).getExercise(id);
  if (!exercise) {
    console.error(`lessons grade: no exercise with id "${id}"`);
    return 2;
  }
  const info = await stat(target).catch(() => undefined);
  if (!info) {
    console.error(`lessons grade: ${target} does not exist`);
    return 2;
  }
  // A single file stands for the entry module; a folder is the learner's whole file tree. The
  // exercise's given files are added (and win), as the server does.
  const submitted = info.isDirectory()
    ? await readSourceTree(target)
    : { [exercise.entry]: await readFile(target, "utf8") };
  const files = withGiven(submitted, exercise.given);
  const sandbox = await openSandbox({ pool: false });
  if (typeof sandbox === "string") {
    console.error(`lessons grade: ${sandbox}`);
    return 2;
  }
  try {
    const result = await sandbox.run({
      files,
      entry: exercise.entry,
      tests: exercise.tests,
      fixtures: exercise.fixtures,
      limits: exercise.limits,
    });
    console.log(formatResult(result));
    return result.verdict === "passed" ? 0 : 1;
  } finally {
    await sandbox.close();
  }
}
