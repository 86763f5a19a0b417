// Ids are one namespace across the course (pillars, lessons, exercises, quizzes): progress,
// URLs and prerequisites are keyed by them. Question ids are unique within their quiz.
import path from "node:path";
import type { ProblemList } from "../problems.ts";
import type { ContentTree } from "../tree.ts";

export function checkUniqueIds(tree: ContentTree, problems: ProblemList): void {
  const seen = new Map<string, string>();
  const claim = (id: string, file: string, kind: string) => {
    const first = seen.get(id);
    if (first) problems.error(file, "unique-id", `${kind} id "${id}" is already used by ${first}`);
    else seen.set(id, path.relative(tree.root, file) || file);
  };
  for (const p of tree.pillars) {
    claim(p.meta.id, path.join(p.dir, "meta.json"), "pillar");
    for (const l of p.lessons) {
      claim(l.meta.id, path.join(l.dir, "meta.json"), "lesson");
      if (l.quiz) {
        claim(l.quiz.id, l.quizPath, "quiz");
        const questions = new Set<string>();
        for (const q of l.quiz.questions) {
          if (questions.has(q.id))
            problems.error(l.quizPath, "unique-id", `question id "${q.id}" repeats in this quiz`);
          questions.add(q.id);
        }
      }
      for (const x of l.exercises) claim(x.meta.id, path.join(x.dir, "meta.json"), "exercise");
    }
  }
}
