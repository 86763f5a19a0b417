// The HTTP answers every grading route gives alike (runs and instructor preview runs): one
// place for the 429, 404, 400 and 503 problems, so the two routes cannot drift apart.
import { ApiProblem } from "../http/problem.ts";
import type { GradableExercise, GradeInput, GradingService } from "./service.ts";
import type { RunResult } from "sandbox-runtime";

/** Rate limit a client ("user:<id>" or "ip:<addr>"): 429 with Retry-After when over it. */
export function admitOrThrow(grading: GradingService, clientKey: string): void {
  const admitted = grading.admit(clientKey);
  if (!admitted.allowed) {
    throw new ApiProblem({
      status: 429,
      kind: "rate-limited",
      detail: "Too many runs; wait a little before the next one.",
      headers: { "retry-after": String(admitted.retryAfterSeconds) },
    });
  }
}

/** The exercise, or 404. */
export function foundOrThrow<T>(exercise: T | undefined): T {
  if (!exercise) {
    throw new ApiProblem({ status: 404, kind: "not-found", detail: "No such exercise." });
  }
  return exercise;
}

/** The files must hold the exercise's entry module (own key: never an inherited name). */
export function requireEntryFile(exercise: GradableExercise, files: Record<string, string>): void {
  if (!Object.hasOwn(files, exercise.entry)) {
    throw new ApiProblem({
      status: 400,
      kind: "validation",
      detail: "The request is invalid.",
      errors: [{ pointer: "#/files", detail: `must include the entry file ${exercise.entry}` }],
    });
  }
}

/** Grades, or answers 503 with Retry-After when every sandbox and queue slot is taken. */
export async function gradeOrThrow(
  grading: GradingService,
  input: GradeInput,
): Promise<{ result: RunResult; submissionId: string | null }> {
  const outcome = await grading.grade(input);
  if (!outcome.ok) {
    throw new ApiProblem({
      status: 503,
      kind: "busy",
      detail: "Every sandbox is busy; try again shortly.",
      headers: { "retry-after": String(outcome.retryAfterSeconds) },
    });
  }
  return outcome;
}
