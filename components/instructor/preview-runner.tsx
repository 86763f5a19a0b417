"use client";
// Instructor preview: grade the exercise's own solution (it should pass every test) and its
// starter (the tests it fails are the ones the learner must make pass), shown with the
// workspace's own results panel.
import { useState } from "react";
import type { RunResult } from "../../sandbox-runtime/src/types.ts";
import { ResultsPanel } from "../editor/results-panel.tsx";
import type { RunOutcome } from "../editor/run-client.ts";

type Which = "solution" | "starter";
type State =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; result: RunResult }
  | {
      kind: "error";
      message: string;
    };

/** POSTs to the preview runs route; the workspace's RunOutcome shape, for reuse there too. */
export async function previewRunOutcome(
  exerciseId: string,
  files: Which | Record<string, string>,
): Promise<RunOutcome> {
  try {
    const response = await fetch(
      `/api/v1/exercises/${encodeURIComponent(exerciseId)}/preview/runs`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ files }),
        credentials: "same-origin",
      },
    );
    if (!response.ok) {
      const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
      return { ok: false, message: problem?.detail ?? `The run failed (${response.status}).` };
    }
    return { ok: true, result: ((await response.json()) as { result: RunResult }).result };
  } catch {
    return { ok: false, message: "Could not reach the server." };
  }
}

export function PreviewRunner({ exerciseId }: { exerciseId: string }) {
  const [states, setStates] = useState<Record<Which, State>>({
    solution: { kind: "idle" },
    starter: { kind: "idle" },
  });
  const run = async (which: Which) => {
    setStates((s) => ({ ...s, [which]: { kind: "running" } }));
    const outcome = await previewRunOutcome(exerciseId, which);
    const next: State = outcome.ok
      ? { kind: "done", result: outcome.result }
      : { kind: "error", message: outcome.message };
    setStates((s) => ({ ...s, [which]: next }));
  };
  return (
    <div className="dashboard-grid">
      {(["solution", "starter"] as const).map((which) => {
        const state = states[which];
        return (
          <section key={which} className="card" aria-labelledby={`run-${which}`}>
            <h2 id={`run-${which}`}>Run the {which}</h2>
            <button
              type="button"
              className="button primary"
              disabled={state.kind === "running"}
              onClick={() => void run(which)}
            >
              {state.kind === "running" ? "Running…" : `Run the ${which}`}
            </button>
            <div aria-live="polite">
              {state.kind === "done" ? <ResultsPanel result={state.result} /> : null}
              {state.kind === "error" ? <p role="alert">{state.message}</p> : null}
            </div>
          </section>
        );
      })}
    </div>
  );
}
