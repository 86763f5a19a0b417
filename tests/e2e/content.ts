// What the specs need to know about the course, read from lessons/ on disk: an exercise with
// its solution (to "fix" the starter as a learner would) and a quiz with its answer key.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const LESSONS = join(import.meta.dirname, "../../lessons");
const strip = (name: string) => name.replace(/^\d+-/, "");
const dirs = (p: string) =>
  readdirSync(p)
    .filter((n) => /^\d+-/.test(n) && statSync(join(p, n)).isDirectory())
    .sort();

export interface ExerciseOnDisk {
  id: string;
  title: string;
  pillarSlug: string;
  lessonSlug: string;
  entry: string;
  solution: string;
  /** The solution calls the world (db, cache, queue or http), so a passing run has a trace. */
  usesWorld: boolean;
  hasHints: boolean;
}

export interface QuizOnDisk {
  id: string;
  questions: { id: string; kind: string; answer: string | string[] }[];
}

/** Exercises in course order, each with its entry file's solution. */
export function exercisesOnDisk(): ExerciseOnDisk[] {
  const out: ExerciseOnDisk[] = [];
  for (const p of dirs(LESSONS)) {
    for (const l of dirs(join(LESSONS, p))) {
      const exercisesDir = join(LESSONS, p, l, "exercises");
      let names: string[] = [];
      try {
        names = dirs(exercisesDir);
      } catch {
        continue;
      }
      for (const x of names) {
        const dir = join(exercisesDir, x);
        try {
          const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as {
            id: string;
            title: string;
            entry?: string;
          };
          const entry = meta.entry ?? "index.ts";
          // Single-file exercises only: the spec pastes one file.
          if (readdirSync(join(dir, "starter")).length !== 1) continue;
          const solution = readFileSync(join(dir, "solution", entry), "utf8");
          out.push({
            id: meta.id,
            title: meta.title,
            pillarSlug: strip(p),
            lessonSlug: strip(l),
            entry,
            solution,
            usesWorld: /\b(db|cache|queue|http)\.\w+\(/.test(solution),
            hasHints:
              statSync(join(dir, "hints.mdx"), { throwIfNoEntry: false })?.isFile() ?? false,
          });
        } catch {
          // An exercise still being written: skip it.
        }
      }
    }
  }
  return out;
}

export function quizzesOnDisk(): QuizOnDisk[] {
  const out: QuizOnDisk[] = [];
  for (const p of dirs(LESSONS)) {
    for (const l of dirs(join(LESSONS, p))) {
      try {
        out.push(JSON.parse(readFileSync(join(LESSONS, p, l, "quiz.json"), "utf8")) as QuizOnDisk);
      } catch {
        // No quiz in this lesson.
      }
    }
  }
  return out;
}
