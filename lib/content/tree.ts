// Walks lessons/ into a tree of validated meta files. Folder prefixes (`NN-`) give the order,
// the rest of the folder name is the slug used in URLs. Every problem is recorded, never
// thrown: a node whose meta.json is invalid is left out, the walk goes on.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import type { ProblemList } from "./problems.ts";
import {
  exerciseMetaSchema,
  lessonMetaSchema,
  pillarMetaSchema,
  quizSchema,
  type ExerciseMeta,
  type LessonMeta,
  type PillarMeta,
  type QuizFile,
} from "./schemas.ts";

export interface ExerciseNode {
  dir: string;
  slug: string;
  order: number;
  meta: ExerciseMeta;
}
export interface LessonNode {
  dir: string;
  slug: string;
  order: number;
  meta: LessonMeta;
  quiz?: QuizFile;
  quizPath: string;
  exercises: ExerciseNode[];
}
export interface PillarNode {
  dir: string;
  slug: string;
  order: number;
  meta: PillarMeta;
  lessons: LessonNode[];
}
export interface ContentTree {
  root: string;
  pillars: PillarNode[];
}

const ORDERED = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Child folders named `NN-slug`, sorted by prefix; other folders are reported. */
async function orderedChildren(dir: string, problems: ProblemList) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const children: { dir: string; slug: string; order: number }[] = [];
  for (const e of entries) {
    if (!e.isDirectory() || e.name.startsWith(".")) continue;
    const m = ORDERED.exec(e.name);
    if (!m) {
      problems.error(
        path.join(dir, e.name),
        "layout",
        "folder names must be NN-slug (two digits, a hyphen, kebab-case)",
      );
      continue;
    }
    children.push({ dir: path.join(dir, e.name), order: Number(m[1]), slug: m[2]! });
  }
  children.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const seen = new Map<string, string>();
  for (const c of children) {
    const other = seen.get(c.slug);
    if (other)
      problems.error(
        c.dir,
        "unique-slug",
        `slug "${c.slug}" is also used by ${path.basename(other)}`,
      );
    seen.set(c.slug, c.dir);
  }
  return children.filter((c) => seen.get(c.slug) === c.dir);
}

/** Reads and validates one JSON file; records `required-file`, `json` or `schema` problems. */
export async function readJson<S extends z.ZodType>(
  file: string,
  schema: S,
  problems: ProblemList,
  required = true,
): Promise<z.output<S> | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    if (required) problems.error(file, "required-file", "missing");
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    problems.error(file, "json", (e as Error).message);
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path.length ? `${issue.path.join(".")}: ` : "";
      problems.error(file, "schema", `${at}${issue.message}`);
    }
    return undefined;
  }
  return parsed.data;
}

export async function readTree(root: string, problems: ProblemList): Promise<ContentTree> {
  const tree: ContentTree = { root, pillars: [] };
  if (!(await exists(root))) {
    problems.error(root, "required-file", "the lessons folder does not exist");
    return tree;
  }
  for (const p of await orderedChildren(root, problems)) {
    const meta = await readJson(path.join(p.dir, "meta.json"), pillarMetaSchema, problems);
    const lessons: LessonNode[] = [];
    for (const l of await orderedChildren(p.dir, problems)) {
      const lessonMeta = await readJson(path.join(l.dir, "meta.json"), lessonMetaSchema, problems);
      if (!(await exists(path.join(l.dir, "lesson.mdx")))) {
        problems.error(path.join(l.dir, "lesson.mdx"), "required-file", "missing");
      }
      const quizPath = path.join(l.dir, "quiz.json");
      const quiz = await readJson(quizPath, quizSchema, problems, false);
      const exercises: ExerciseNode[] = [];
      const exercisesDir = path.join(l.dir, "exercises");
      for (const x of (await exists(exercisesDir))
        ? await orderedChildren(exercisesDir, problems)
        : []) {
        const exerciseMeta = await readJson(
          path.join(x.dir, "meta.json"),
          exerciseMetaSchema,
          problems,
        );
        if (exerciseMeta) exercises.push({ ...x, meta: exerciseMeta });
      }
      if (lessonMeta) lessons.push({ ...l, meta: lessonMeta, quiz, quizPath, exercises });
    }
    if (meta) tree.pillars.push({ ...p, meta, lessons });
  }
  return tree;
}

/** A cheap fingerprint of the tree (paths and mtimes), so dev mode re-reads only on change. */
export async function treeSignature(root: string): Promise<string> {
  const parts: string[] = [];
  async function visit(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await visit(full);
      else parts.push(`${full}:${(await stat(full).catch(() => undefined))?.mtimeMs ?? 0}`);
    }
  }
  await visit(root);
  return parts.sort().join("\n");
}
