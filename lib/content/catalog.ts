// Turns the content tree into the typed catalog and answers lookups. One catalog per lessons
// folder: cached in memory for the life of the process, except in development, where a
// fingerprint of the folder (paths and mtimes) is compared on each call and a change reloads.
import path from "node:path";
import { readFile } from "node:fs/promises";
import { checkUniqueIds } from "./check/ids.ts";
import { mergeLimits, readExerciseFiles } from "./exercise-files.ts";
import { compileMdx } from "./mdx.ts";
import { ContentError, ProblemList } from "./problems.ts";
import {
  readTree,
  treeSignature,
  type ContentTree,
  type ExerciseNode,
  type LessonNode,
  type PillarNode,
} from "./tree.ts";
import type {
  Course,
  Exercise,
  ExerciseSummary,
  Lesson,
  LessonSummary,
  Pillar,
  Quiz,
} from "./types.ts";

interface LessonEntry {
  summary: LessonSummary;
  node: LessonNode;
  pillar: PillarNode;
}
interface ExerciseEntry {
  summary: ExerciseSummary;
  node: ExerciseNode;
  lesson: LessonNode;
  pillar: PillarNode;
}
interface Loaded {
  course: Course;
  tree: ContentTree;
  lessons: Map<string, LessonEntry>;
  exercises: Map<string, ExerciseEntry>;
  quizzes: Map<string, Quiz>;
  compiled: Map<string, Promise<Lesson>>;
  exerciseFiles: Map<string, Promise<Exercise>>;
}

function summarizeExercise(x: ExerciseNode, l: LessonNode, p: PillarNode): ExerciseSummary {
  return {
    id: x.meta.id,
    slug: x.slug,
    order: x.order,
    title: x.meta.title,
    summary: x.meta.summary,
    difficulty: x.meta.difficulty ?? l.meta.difficulty ?? p.meta.difficulty ?? "beginner",
    ...(x.meta.minutes ? { minutes: x.meta.minutes } : {}),
    pillarId: p.meta.id,
    pillarSlug: p.slug,
    pillarTitle: p.meta.title,
    lessonId: l.meta.id,
    lessonSlug: l.slug,
    lessonTitle: l.meta.title,
  };
}

export function buildCatalog(tree: ContentTree): Loaded {
  const loaded: Loaded = {
    course: { pillars: [] },
    tree,
    lessons: new Map(),
    exercises: new Map(),
    quizzes: new Map(),
    compiled: new Map(),
    exerciseFiles: new Map(),
  };
  for (const p of tree.pillars) {
    const pillar: Pillar = {
      id: p.meta.id,
      slug: p.slug,
      order: p.order,
      title: p.meta.title,
      summary: p.meta.summary,
      prerequisites: p.meta.prerequisites ?? [],
      lessons: [],
    };
    for (const l of p.lessons) {
      const exercises = l.exercises.map((x) => summarizeExercise(x, l, p));
      const summary: LessonSummary = {
        id: l.meta.id,
        slug: l.slug,
        order: l.order,
        title: l.meta.title,
        summary: l.meta.summary,
        objectives: l.meta.objectives,
        minutes: l.meta.minutes,
        prerequisites: [
          ...new Set([...(p.meta.prerequisites ?? []), ...(l.meta.prerequisites ?? [])]),
        ],
        pillarId: p.meta.id,
        pillarSlug: p.slug,
        exercises,
        hasQuiz: Boolean(l.quiz),
        ...(l.quiz ? { quizId: l.quiz.id } : {}),
      };
      pillar.lessons.push(summary);
      loaded.lessons.set(`${p.slug}/${l.slug}`, { summary, node: l, pillar: p });
      l.exercises.forEach((x, i) =>
        loaded.exercises.set(x.meta.id, { summary: exercises[i]!, node: x, lesson: l, pillar: p }),
      );
      if (l.quiz)
        loaded.quizzes.set(l.quiz.id, { ...l.quiz, lessonId: l.meta.id, pillarId: p.meta.id });
    }
    loaded.course.pillars.push(pillar);
  }
  return loaded;
}

async function readExercise({ node, lesson, pillar, summary }: ExerciseEntry): Promise<Exercise> {
  const files = await readExerciseFiles(node.dir, node.meta.clockStart, new ProblemList());
  return {
    id: summary.id,
    title: summary.title,
    summary: summary.summary,
    difficulty: summary.difficulty,
    ...(summary.minutes ? { minutes: summary.minutes } : {}),
    entry: node.meta.entry,
    open: node.meta.open ?? node.meta.entry,
    pillarId: pillar.meta.id,
    lessonId: lesson.meta.id,
    ...files,
    limits: mergeLimits(pillar.meta.limits, lesson.meta.limits, node.meta.limits),
  };
}

/** Memoizes a promise in `map`, forgetting it if it rejects so that a fixed file loads next time. */
function memo<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = map.get(key);
  if (!value) {
    value = make();
    map.set(key, value);
    value.catch(() => map.delete(key));
  }
  return value;
}

async function compileLesson(entry: LessonEntry): Promise<Lesson> {
  const file = path.join(entry.node.dir, "lesson.mdx");
  const { code, toc } = await compileMdx(await readFile(file, "utf8"), { cwd: entry.node.dir });
  return { ...entry.summary, code, toc };
}

export interface CatalogOptions {
  root: string;
  /** Re-read the folder when it changes (development). */
  watch?: boolean;
}

export function createCatalog({ root, watch = false }: CatalogOptions) {
  let current: { signature?: string; loaded: Promise<Loaded> } | undefined;

  async function load(): Promise<Loaded> {
    const problems = new ProblemList();
    const tree = await readTree(root, problems);
    checkUniqueIds(tree, problems);
    if (problems.errors.length) throw new ContentError(problems.errors);
    return buildCatalog(tree);
  }

  async function loaded(): Promise<Loaded> {
    if (watch) {
      const signature = await treeSignature(root);
      if (current?.signature !== signature) current = { signature, loaded: load() };
    } else if (!current) {
      current = { loaded: load() };
    }
    return current.loaded;
  }

  return {
    async loadCourse(): Promise<Course> {
      return (await loaded()).course;
    },
    async getPillar(slugOrId: string): Promise<Pillar | undefined> {
      return (await loaded()).course.pillars.find((p) => p.slug === slugOrId || p.id === slugOrId);
    },
    async getLesson(pillarSlug: string, lessonSlug: string): Promise<Lesson | undefined> {
      const l = await loaded();
      const key = `${pillarSlug}/${lessonSlug}`;
      const entry = l.lessons.get(key);
      return entry ? memo(l.compiled, key, () => compileLesson(entry)) : undefined;
    },
    async listExercises(): Promise<ExerciseSummary[]> {
      return [...(await loaded()).exercises.values()].map((e) => e.summary);
    },
    async getExercise(id: string): Promise<Exercise | undefined> {
      const l = await loaded();
      const entry = l.exercises.get(id);
      return entry ? memo(l.exerciseFiles, id, () => readExercise(entry)) : undefined;
    },
    async getQuiz(id: string): Promise<Quiz | undefined> {
      return (await loaded()).quizzes.get(id);
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;
