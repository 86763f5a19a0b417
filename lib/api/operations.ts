// Every /api/v1 operation, with the zod schemas its route validates with. The OpenAPI document
// (lib/api/openapi.ts) is generated from this list; app/api/v1/openapi.test.ts checks that it
// and the route files under app/api/v1 name exactly the same methods and paths.
import { z } from "zod";
import { contentId } from "../content/schemas.ts";
import { quizAnswersSchema } from "../content/quiz.ts";
import { runBodySchema } from "../grading/run-body.ts";
import { mergeBodySchema } from "../progress/progress.ts";
import {
  exerciseParams,
  formatQuery,
  learnerStatsQuery,
  lessonParams,
  pageQuery,
  previewRunBody,
  roleBody,
  submissionIdParams,
  submissionsQuery,
  userIdParams,
  usersQuery,
} from "./schemas.ts";

/** Who may call: anyone, any signed-in account, instructors (and admins), admins. */
export type Access = "public" | "signed-in" | "instructor" | "admin";

export interface Operation {
  method: "get" | "post" | "put" | "delete";
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** What a 200 carries, in words (responses are documented by example in docs/api.md). */
  returns: string;
  /** Also answers text/csv with ?format=csv. */
  csv?: boolean;
}

const quizParams = z.object({ quizId: contentId });

export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/v1/exercises",
    summary: "List every exercise in course order",
    tag: "exercises",
    access: "public",
    returns: "{ exercises: ExerciseSummary[] }",
  },
  {
    method: "get",
    path: "/api/v1/exercises/{id}",
    summary: "An exercise as the editor needs it (no hidden tests, no solution)",
    tag: "exercises",
    access: "public",
    params: exerciseParams,
    returns:
      "the exercise's instructions, hints, starter files, given (read-only) files and visible tests",
  },
  {
    method: "post",
    path: "/api/v1/exercises/{id}/runs",
    summary: "Grade files against the exercise's tests (kept as a submission when signed in)",
    tag: "exercises",
    access: "public",
    params: exerciseParams,
    body: runBodySchema,
    returns: "RunResult, plus submissionId when signed in",
  },
  {
    method: "get",
    path: "/api/v1/exercises/{id}/solution",
    summary: "The reference solution, after at least one attempt",
    tag: "exercises",
    access: "public",
    params: exerciseParams,
    returns: "{ id, files }",
  },
  {
    method: "get",
    path: "/api/v1/exercises/{id}/preview",
    summary: "The whole exercise: solution, hidden tests, fixtures, limits",
    tag: "instructors",
    access: "instructor",
    params: exerciseParams,
    returns: "{ exercise }",
  },
  {
    method: "post",
    path: "/api/v1/exercises/{id}/preview/runs",
    summary: "Grade the exercise's own solution or starter (not stored)",
    tag: "instructors",
    access: "instructor",
    params: exerciseParams,
    body: previewRunBody,
    returns: "{ files, result: RunResult }",
  },
  {
    method: "get",
    path: "/api/v1/quizzes/{quizId}",
    summary: "A quiz's questions, without answers",
    tag: "quizzes",
    access: "public",
    params: quizParams,
    returns: "PublicQuiz",
  },
  {
    method: "post",
    path: "/api/v1/quizzes/{quizId}/attempts",
    summary: "Score answers (kept when signed in)",
    tag: "quizzes",
    access: "public",
    params: quizParams,
    body: z.object({ answers: quizAnswersSchema }).strict(),
    returns: "{ score, total, results }, plus attemptId when signed in",
  },
  {
    method: "get",
    path: "/api/v1/me",
    summary: "The signed-in account",
    tag: "me",
    access: "signed-in",
    returns: "{ user: { id, email, name, role } }",
  },
  {
    method: "get",
    path: "/api/v1/me/progress",
    summary: "My exercises (status, best result, attempts), quizzes and lessons",
    tag: "me",
    access: "signed-in",
    returns: "{ exercises, quizzes, lessons }",
  },
  {
    method: "post",
    path: "/api/v1/me/progress/merge",
    summary: "Merge the browser's anonymous progress (idempotent)",
    tag: "me",
    access: "signed-in",
    body: mergeBodySchema,
    returns: "{ merged, skipped, progress }",
  },
  {
    method: "put",
    path: "/api/v1/me/lessons/{lessonId}",
    summary: "Mark a lesson completed",
    tag: "me",
    access: "signed-in",
    params: lessonParams,
    returns: "{ lessonId, completed: true }",
  },
  {
    method: "delete",
    path: "/api/v1/me/lessons/{lessonId}",
    summary: "Unmark a lesson",
    tag: "me",
    access: "signed-in",
    params: lessonParams,
    returns: "{ lessonId, completed: false }",
  },
  {
    method: "get",
    path: "/api/v1/me/submissions",
    summary: "My submissions, newest first (cursor-paged)",
    tag: "me",
    access: "signed-in",
    query: submissionsQuery,
    returns: "{ items: SubmissionSummary[], nextCursor }",
  },
  {
    method: "get",
    path: "/api/v1/submissions/{id}",
    summary: "One submission with files and test results (yours; any, for instructors)",
    tag: "me",
    access: "signed-in",
    params: submissionIdParams,
    returns: "Submission",
  },
  {
    method: "get",
    path: "/api/v1/learners",
    summary: "Learners (cursor-paged)",
    tag: "instructors",
    access: "instructor",
    query: pageQuery,
    returns: "{ items: User[], nextCursor }",
  },
  {
    method: "get",
    path: "/api/v1/learners/{userId}/progress",
    summary: "Any learner's progress",
    tag: "instructors",
    access: "instructor",
    params: userIdParams,
    returns: "{ user, progress }",
  },
  {
    method: "get",
    path: "/api/v1/analytics/exercises",
    summary: "Per exercise: attempts, pass rate, median attempts to pass, tests failing most",
    tag: "instructors",
    access: "instructor",
    query: formatQuery,
    returns: "{ exercises: ExerciseStats[] }",
    csv: true,
  },
  {
    method: "get",
    path: "/api/v1/analytics/quizzes",
    summary: "Per quiz question: the share answered correctly",
    tag: "instructors",
    access: "instructor",
    query: formatQuery,
    returns: "{ questions: QuestionStats[] }",
    csv: true,
  },
  {
    method: "get",
    path: "/api/v1/analytics/learners",
    summary: "Per learner progress counts (cursor-paged; CSV has everyone)",
    tag: "instructors",
    access: "instructor",
    query: learnerStatsQuery,
    returns: "{ items: LearnerStats[], nextCursor }",
    csv: true,
  },
  {
    method: "get",
    path: "/api/v1/users",
    summary: "Every account with its role (cursor-paged)",
    tag: "admin",
    access: "admin",
    query: usersQuery,
    returns: "{ items: User[], nextCursor }",
  },
  {
    method: "put",
    path: "/api/v1/users/{userId}/role",
    summary: "Set an account's role",
    tag: "admin",
    access: "admin",
    params: userIdParams,
    body: roleBody,
    returns: "{ user }",
  },
  {
    method: "delete",
    path: "/api/v1/users/{userId}/sessions",
    summary: "Sign an account out everywhere",
    tag: "admin",
    access: "admin",
    params: userIdParams,
    returns: "{ revoked: number }",
  },
  {
    method: "get",
    path: "/api/v1",
    summary: "The API's index: links to this document and the main collections",
    tag: "meta",
    access: "public",
    returns: "{ name, version, links: { openapi, exercises, me, progress, submissions } }",
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This document",
    tag: "meta",
    access: "public",
    returns: "OpenAPI 3.1",
  },
];
