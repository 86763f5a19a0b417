// `lessons new`: scaffolds content that is valid from the start (see templates.ts).
//   new <pillar> <lesson>                  lessons/NN-pillar/NN-lesson (the pillar too if new)
//   new <pillar>/<lesson> exercise <slug>  .../NN-lesson/exercises/NN-slug
// <pillar> and <lesson> are folder slugs (without the NN- prefix) or ids; new folders take
// the next free number.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ProblemList } from "../../lib/content/problems.ts";
import { readTree, type ContentTree } from "../../lib/content/tree.ts";
import * as t from "./templates.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

async function nextPrefix(dir: string): Promise<string> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const used = names.map((n) => Number(/^(\d+)-/.exec(n)?.[1] ?? 0));
  return String(Math.max(0, ...used) + 1).padStart(2, "0");
}

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, { flag: "wx" }); // never overwrite an author's file
    console.log(`created ${path.relative(process.cwd(), file)}`);
  }
}

function allIds(tree: ContentTree): Set<string> {
  return new Set(
    tree.pillars.flatMap((p) => [
      p.meta.id,
      ...p.lessons.flatMap((l) => [
        l.meta.id,
        ...(l.quiz ? [l.quiz.id] : []),
        ...l.exercises.map((x) => x.meta.id),
      ]),
    ]),
  );
}

async function newLesson(
  root: string,
  tree: ContentTree,
  pillarName: string,
  lessonSlug: string,
): Promise<number> {
  if (allIds(tree).has(lessonSlug))
    return fail(`the id "${lessonSlug}" is taken; pick another lesson slug`);
  const pillar = tree.pillars.find((p) => p.slug === pillarName || p.meta.id === pillarName);
  let pillarDir = pillar?.dir;
  if (!pillarDir) {
    pillarDir = path.join(root, `${await nextPrefix(root)}-${pillarName}`);
    await writeFiles(pillarDir, { "meta.json": t.pillarMeta(pillarName) });
  }
  if (pillar?.lessons.some((l) => l.slug === lessonSlug))
    return fail(`${pillar.slug} already has a lesson "${lessonSlug}"`);
  const dir = path.join(pillarDir, `${await nextPrefix(pillarDir)}-${lessonSlug}`);
  await writeFiles(dir, { "meta.json": t.lessonMeta(lessonSlug), "lesson.mdx": t.lessonMdx() });
  return 0;
}

async function newExercise(tree: ContentTree, where: string, slug: string): Promise<number> {
  const [pillarName, lessonName] = where.split("/");
  const pillar = tree.pillars.find((p) => p.slug === pillarName || p.meta.id === pillarName);
  const lesson = pillar?.lessons.find((l) => l.slug === lessonName || l.meta.id === lessonName);
  if (!lesson) return fail(`no lesson "${where}" (give <pillar-slug>/<lesson-slug>)`);
  if (allIds(tree).has(slug)) return fail(`the id "${slug}" is taken; pick another exercise slug`);
  const exercisesDir = path.join(lesson.dir, "exercises");
  const dir = path.join(exercisesDir, `${await nextPrefix(exercisesDir)}-${slug}`);
  await writeFiles(dir, {
    "meta.json": t.exerciseMeta(slug),
    "README.mdx": t.exerciseReadme(),
    "hints.mdx": t.exerciseHints(),
    "starter/index.ts": t.STARTER,
    "solution/index.ts": t.SOLUTION,
    "tests/answer.test.ts": t.HIDDEN_TEST,
    "tests/answer.visible.test.ts": t.VISIBLE_TEST,
  });
  return 0;
}

function fail(message: string): number {
  console.error(`lessons new: ${message}`);
  return 2;
}

export async function newCommand(root: string, args: string[]): Promise<number> {
  const tree = await readTree(root, new ProblemList());
  if (args.length === 2 && SLUG.test(args[0]!) && SLUG.test(args[1]!)) {
    return newLesson(root, tree, args[0]!, args[1]!);
  }
  if (
    args.length === 3 &&
    args[1] === "exercise" &&
    args[0]!.includes("/") &&
    SLUG.test(args[2]!)
  ) {
    return newExercise(tree, args[0]!, args[2]!);
  }
  return fail(
    "usage: new <pillar> <lesson>  |  new <pillar>/<lesson> exercise <slug>  (slugs are kebab-case)",
  );
}
