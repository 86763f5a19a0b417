"use client";
// "Mark this lesson as done", for signed-in learners (kept on the server; anonymous readers see
// nothing). A toggle button: aria-pressed says its state to screen readers.
import { useEffect, useState } from "react";

export function LessonComplete({ lessonId }: { lessonId: string }) {
  const [done, setDone] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    fetch("/api/v1/me/progress", { credentials: "same-origin" })
      .then(async (r) =>
        r.ok
          ? ((await r.json()) as { lessons: { lessonId: string }[] }).lessons.some(
              (l) => l.lessonId === lessonId,
            )
          : null,
      )
      .catch(() => null)
      .then((state) => live && setDone(state));
    return () => {
      live = false;
    };
  }, [lessonId]);

  if (done === null) return null;
  async function toggle() {
    setBusy(true);
    const response = await fetch(`/api/v1/me/lessons/${encodeURIComponent(lessonId)}`, {
      method: done ? "DELETE" : "PUT",
      credentials: "same-origin",
    }).catch(() => null);
    if (response?.ok) setDone(!done);
    setBusy(false);
  }
  return (
    <p>
      <button
        type="button"
        className={done ? "button" : "button primary"}
        aria-pressed={done}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {done ? "Lesson done (select to undo)" : "Mark this lesson as done"}
      </button>
    </p>
  );
}
