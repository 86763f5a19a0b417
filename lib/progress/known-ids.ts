// The ids the course currently has, for checking what a browser or a learner names.
import { getQuiz, loadCourse } from "../content/index.ts";
import type { KnownIds } from "./progress.ts";

export async function knownContentIds(): Promise<KnownIds> {
  const course = await loadCourse();
  const exercises = new Set<string>();
  const lessons = new Set<string>();
  const quizzes = new Map<string, number>();
  for (const pillar of course.pillars) {
    for (const lesson of pillar.lessons) {
      lessons.add(lesson.id);
      for (const exercise of lesson.exercises) exercises.add(exercise.id);
      if (lesson.quizId) {
        const quiz = await getQuiz(lesson.quizId);
        if (quiz) quizzes.set(quiz.id, quiz.questions.length);
      }
    }
  }
  return { exercises, lessons, quizzes };
}
