"use client";
import { useRef, useState } from "react";
import { useProgress } from "../progress/use-progress.ts";

// The reference solution, only after an attempt and a confirmation. Attempts are counted in
// the browser for now, so the server's check is a speed bump for honest learners, not a lock.
export function SolutionReveal({ exerciseId }: { exerciseId: string }) {
  const attempts = useProgress().exercises[exerciseId]?.attempts ?? 0;
  const dialog = useRef<HTMLDialogElement>(null);
  const [solution, setSolution] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState("");

  async function reveal() {
    setError("");
    try {
      const response = await fetch(`/api/v1/exercises/${encodeURIComponent(exerciseId)}/solution`, {
        headers: { accept: "application/json", "x-pillars-attempts": String(attempts) },
      });
      const body = (await response.json()) as { files?: Record<string, string>; detail?: string };
      if (response.ok && body.files) setSolution(body.files);
      else setError(body.detail ?? "The solution is not available.");
    } catch {
      setError("Could not reach the server to fetch the solution. Try again.");
    }
  }

  return (
    <section aria-labelledby="solution-heading">
      <h2 id="solution-heading">Solution</h2>
      {solution ? (
        Object.entries(solution).map(([path, source]) => (
          <div key={path}>
            <h3>
              <code>{path}</code>
            </h3>
            <pre tabIndex={0} aria-label={`Solution: ${path}`}>
              <code>{source}</code>
            </pre>
          </div>
        ))
      ) : (
        <>
          <p className="muted">
            {attempts > 0
              ? "Stuck? You can compare with the reference solution."
              : "Run your code at least once to unlock the solution."}
          </p>
          <button
            type="button"
            className="button"
            disabled={attempts === 0}
            onClick={() => dialog.current?.showModal()}
          >
            Show the solution
          </button>
        </>
      )}
      {error && <p role="alert">{error}</p>}
      <dialog ref={dialog} aria-labelledby="solution-title">
        <h2 id="solution-title">Show the solution?</h2>
        <p>You learn most by finishing it yourself. Once seen, it cannot be unseen.</p>
        <form method="dialog" className="dialog-actions">
          <button className="button" value="cancel" autoFocus>
            Keep trying
          </button>
          <button className="button primary" value="show" onClick={() => void reveal()}>
            Show it
          </button>
        </form>
      </dialog>
    </section>
  );
}
