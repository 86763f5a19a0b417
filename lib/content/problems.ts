// A problem found in content: where, which rule, what is wrong. The loader throws on errors;
// the checker collects every problem and prints them as `path: rule: message`.
import path from "node:path";

export type Severity = "error" | "warning";

export interface Problem {
  /** File or folder, relative to the repository root when possible. */
  path: string;
  /** Rule id, e.g. `schema`, `unique-id`, `link` (listed in docs/authoring.md). */
  rule: string;
  message: string;
  severity: Severity;
}

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.rule}: ${p.message}`;
}

/** Paths in problems read relative to the current directory (the repo root in the CLI). */
export function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel && !rel.startsWith("..") ? rel : absolute;
}

/** Collects problems; `error` and `warn` take an absolute or display path. */
export class ProblemList {
  readonly items: Problem[] = [];
  error(file: string, rule: string, message: string): void {
    this.items.push({ path: displayPath(file), rule, message, severity: "error" });
  }
  warn(file: string, rule: string, message: string): void {
    this.items.push({ path: displayPath(file), rule, message, severity: "warning" });
  }
  get errors(): Problem[] {
    return this.items.filter((p) => p.severity === "error");
  }
  get warnings(): Problem[] {
    return this.items.filter((p) => p.severity === "warning");
  }
}

/** Thrown by the loader when content is broken: the message lists every error. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Invalid lesson content:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}
