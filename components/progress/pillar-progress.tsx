"use client";
import { useProgress } from "./use-progress.ts";

/** "2 of 5 exercises passed" with a bar, for one pillar or lesson. */
export function PillarProgress({ exerciseIds, label }: { exerciseIds: string[]; label: string }) {
  const progress = useProgress();
  if (exerciseIds.length === 0) return null;
  const passed = exerciseIds.filter((id) => progress.exercises[id]?.passed).length;
  const pct = Math.round((passed / exerciseIds.length) * 100);
  return (
    <div className="pillar-progress">
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={`${label}: exercises passed`}
        aria-valuemin={0}
        aria-valuemax={exerciseIds.length}
        aria-valuenow={passed}
        aria-valuetext={`${passed} of ${exerciseIds.length} exercises passed`}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
      <p className="muted small">
        {passed} of {exerciseIds.length} exercises passed
      </p>
    </div>
  );
}
