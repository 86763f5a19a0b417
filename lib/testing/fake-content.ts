// One exercise in lib/content's shape, for route tests that mock "#lib/content/index.ts".
import type { Exercise, ExerciseSummary } from "../content/types.ts";

export const EXERCISE: Exercise = {
  id: "status-codes",
  title: "Status codes",
  summary: "Answer with the right status.",
  difficulty: "beginner",
  entry: "index.ts",
  open: "index.ts",
  pillarId: "http",
  lessonId: "status-and-headers",
  instructions: "# Status codes\nReturn 201 on create.",
  hints: ["Look at 2xx."],
  starter: { "index.ts": "export function handle() {}" },
  given: { "helpers.ts": "export const GIVEN_HELPER = 1;" },
  solution: { "index.ts": "export function handle() { return SOLUTION_MARKER; }" },
  tests: {
    "basics.visible.test.ts": "test('visible', () => {});",
    "hidden.test.ts": "test('HIDDEN_TEST_MARKER', () => {});",
  },
  visibleTests: { "basics.visible.test.ts": "test('visible', () => {});" },
  fixtures: { sql: "create table FIXTURE_MARKER (x int);" },
  limits: { cpuMs: 1000 },
};

export const SUMMARY: ExerciseSummary = {
  id: EXERCISE.id,
  slug: "status-codes",
  order: 1,
  title: EXERCISE.title,
  summary: EXERCISE.summary,
  difficulty: "beginner",
  pillarId: "http",
  pillarSlug: "http",
  pillarTitle: "HTTP",
  lessonId: "status-and-headers",
  lessonSlug: "status-and-headers",
  lessonTitle: "Status and headers",
};

export const fakeContent = {
  listExercises: async () => [SUMMARY],
  getExercise: async (id: string) => (id === EXERCISE.id ? EXERCISE : undefined),
};
