// The typed catalog that lib/content hands to pages, API routes and the CLI.
import type { Fixtures, Limits } from "sandbox-runtime";
import type { TocEntry } from "./mdx.ts";
import type { Difficulty, QuizFile } from "./schemas.ts";

export type { Difficulty, TocEntry };

export interface ExerciseSummary {
  id: string;
  slug: string;
  order: number;
  title: string;
  summary: string;
  difficulty: Difficulty;
  minutes?: number;
  pillarId: string;
  pillarSlug: string;
  pillarTitle: string;
  lessonId: string;
  lessonSlug: string;
  lessonTitle: string;
}

export interface LessonSummary {
  id: string;
  slug: string;
  order: number;
  title: string;
  summary: string;
  objectives: string[];
  minutes: number;
  /** Own prerequisites plus the pillar's (inherited). */
  prerequisites: string[];
  pillarId: string;
  pillarSlug: string;
  exercises: ExerciseSummary[];
  hasQuiz: boolean;
  quizId?: string;
}

export interface Pillar {
  id: string;
  slug: string;
  order: number;
  title: string;
  summary: string;
  prerequisites: string[];
  lessons: LessonSummary[];
}

export interface Course {
  pillars: Pillar[];
}

export interface Lesson extends LessonSummary {
  /** Compiled MDX for `getMDXComponent` from mdx-bundler/client. */
  code: string;
  toc: TocEntry[];
}

export interface Exercise {
  id: string;
  title: string;
  summary: string;
  difficulty: Difficulty;
  minutes?: number;
  entry: string;
  /** The starter file the editor opens first: meta.json `open`, else the entry. */
  open: string;
  pillarId: string;
  lessonId: string;
  /** MDX source of README.mdx. */
  instructions: string;
  /** MDX source of each `## Hint` section of hints.mdx, revealed one at a time. */
  hints: string[];
  starter: Record<string, string>;
  /** Read-only helpers (given/): shown to learners, merged into every run by the server. */
  given: Record<string, string>;
  /** Server only: never send to the browser. */
  solution: Record<string, string>;
  /** Server only: every test file, hidden and visible. */
  tests: Record<string, string>;
  /** `*.visible.test.ts` files, which learners may read. */
  visibleTests: Record<string, string>;
  fixtures: Fixtures;
  /** Overrides of the engine defaults, merged pillar -> lesson -> exercise. */
  limits: Partial<Limits>;
}

/** A quiz with its answer key and explanations: server only. */
export type Quiz = QuizFile & { lessonId: string; pillarId: string };
