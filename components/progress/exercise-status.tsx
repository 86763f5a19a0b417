"use client";
import { useProgress } from "./use-progress.ts";

/** "Passed" / "Tried" badge for one exercise, from the learner's stored progress. */
export function ExerciseStatus({ id }: { id: string }) {
  const progress = useProgress().exercises[id];
  if (!progress) return null;
  return progress.passed ? (
    <span className="badge ok">Passed</span>
  ) : (
    <span className="badge">Tried {progress.attempts}×</span>
  );
}
