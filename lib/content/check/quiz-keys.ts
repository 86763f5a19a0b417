// Answer keys must point at real choices: a single-choice question has exactly one answer
// that exists, a multiple-choice key lists existing ids once each, an ordering key is a
// permutation of the items, and short answers are distinct after normalization.
import type { ProblemList } from "../problems.ts";
import { normalizeShort } from "../quiz.ts";
import type { ContentTree } from "../tree.ts";

export function checkQuizKeys(tree: ContentTree, problems: ProblemList): void {
  for (const lesson of tree.pillars.flatMap((p) => p.lessons)) {
    const quiz = lesson.quiz;
    if (!quiz) continue;
    const bad = (qid: string, message: string) =>
      problems.error(lesson.quizPath, "quiz-key", `question "${qid}": ${message}`);
    for (const q of quiz.questions) {
      if (q.kind === "short") {
        const forms = q.answer.map(normalizeShort);
        if (new Set(forms).size !== forms.length)
          bad(q.id, "accepted answers repeat after normalization");
        continue;
      }
      const options = q.kind === "ordering" ? q.items : q.choices;
      const ids = options.map((c) => c.id);
      if (new Set(ids).size !== ids.length)
        bad(q.id, `${q.kind === "ordering" ? "item" : "choice"} ids repeat`);
      const keys = Array.isArray(q.answer) ? q.answer : [q.answer];
      for (const key of keys)
        if (!ids.includes(key)) bad(q.id, `answer "${key}" is not one of ${ids.join(", ")}`);
      if (new Set(keys).size !== keys.length) bad(q.id, "answer lists an id twice");
      if (
        q.kind === "ordering" &&
        (keys.length !== ids.length || ids.some((id) => !keys.includes(id)))
      ) {
        bad(q.id, "an ordering answer must list every item exactly once");
      }
      if (q.kind === "multiple" && keys.length === ids.length) {
        problems.warn(
          lesson.quizPath,
          "quiz-key",
          `question "${q.id}": every choice is right; nothing to think about`,
        );
      }
    }
  }
}
