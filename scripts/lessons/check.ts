// `lessons check [--no-run]`: prints every problem as `path: rule: message`, errors apart
// from warnings, then a summary line. Exit code 1 when there is any error.
import { checkContent } from "../../lib/content/check/index.ts";
import { displayPath, formatProblem, type Problem } from "../../lib/content/problems.ts";
import { openSandbox } from "./sandbox.ts";

function section(title: string, problems: Problem[]): void {
  if (!problems.length) return;
  console.log(`\n${title} (${problems.length}):`);
  // Grouped by file (stable, so each file's problems keep the order they were found in).
  const sorted = [...problems].sort((a, b) =>
    a.path.localeCompare(b.path, "en", { numeric: true }),
  );
  for (const p of sorted) console.log(`  ${formatProblem(p)}`);
}

export async function checkCommand(root: string, args: string[]): Promise<number> {
  const run = !args.includes("--no-run");
  const sandbox = run ? await openSandbox({ pool: true }) : "exercises not run (--no-run)";
  const interactive = process.stderr.isTTY;
  try {
    const report = await checkContent({
      root,
      runner: typeof sandbox === "string" ? undefined : sandbox.run,
      concurrency: typeof sandbox === "string" ? 1 : sandbox.concurrency,
      onProgress: ({ done, total, label }) => {
        const line = `lessons check: ran ${done}/${total} (${label})`;
        if (interactive) process.stderr.write(`\r\x1b[K${line}${done === total ? "\n" : ""}`);
        else process.stderr.write(`${line}\n`);
      },
    });
    if (typeof sandbox === "string" && report.counts.exercises) {
      // Without the engine, solutions and starters are unproven: that is an error unless asked for.
      const problem = {
        path: displayPath(root),
        rule: "sandbox",
        message: sandbox,
        severity: run ? "error" : "warning",
      } as const;
      (run ? report.errors : report.warnings).push(problem);
    }
    section("Errors", report.errors);
    section("Warnings", report.warnings);
    const c = report.counts;
    console.log(
      `\nlessons check: ${c.pillars} pillars, ${c.lessons} lessons, ${c.exercises} exercises, ${c.quizzes} quizzes, ` +
        `${c.runs} sandbox runs: ${report.errors.length} errors, ${report.warnings.length} warnings`,
    );
    return report.errors.length ? 1 : 0;
  } finally {
    if (typeof sandbox !== "string") await sandbox.close();
  }
}
