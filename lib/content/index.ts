// lib/content: the course catalog read from lessons/ (server only). Pages and API routes import
// from here; see docs/authoring.md for the format and docs/decisions/005-content-format.md.
import path from "node:path";
import { createCatalog } from "./catalog.ts";

export type * from "./types.ts";
export type { QuizAnswers, QuizScore, QuestionResult, PublicQuiz, PublicQuestion } from "./quiz.ts";
export { publicQuiz, scoreQuiz, quizAnswersSchema, normalizeShort } from "./quiz.ts";
export { compileMdx, MDX_COMPONENTS, type CompiledMdx } from "./mdx.ts";
export { ContentError, formatProblem, type Problem } from "./problems.ts";
export { createCatalog, type Catalog } from "./catalog.ts";

/**
 * The lessons folder: PILLARS_LESSONS_DIR, else ./lessons from the working directory. Both are
 * opaque to Next's file tracer: followed through the catalog's readdir of folders it only
 * knows at run time, it traced the whole project into the server output. lessons/ is
 * declared to the tracer instead, in next.config.ts (outputFileTracingIncludes).
 */
export const LESSONS_DIR = process.env.PILLARS_LESSONS_DIR
  ? path.resolve(/*turbopackIgnore: true*/ process.env.PILLARS_LESSONS_DIR)
  : path.join(/*turbopackIgnore: true*/ process.cwd(), "lessons");

// In development the catalog re-reads lessons/ when a file changes (see docs/authoring.md).
const catalog = createCatalog({ root: LESSONS_DIR, watch: process.env.NODE_ENV === "development" });

export const { loadCourse, getPillar, getLesson, listExercises, getExercise, getQuiz } = catalog;
