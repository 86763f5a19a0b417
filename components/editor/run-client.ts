// Posts the learner's files to the run API and turns every way that can go wrong into one
// readable sentence. The learner's code is never touched here: a failed request keeps it.
import type { RunResult } from "../../sandbox-runtime/src/types.ts";

export type RunOutcome = { ok: true; result: RunResult } | { ok: false; message: string };

const VERDICTS = new Set([
  "passed",
  "failed",
  "compile_error",
  "runtime_error",
  "time_limit",
  "memory_limit",
  "output_limit",
]);

function looksLikeRunResult(v: unknown): v is RunResult {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.verdict === "string" &&
    VERDICTS.has(r.verdict) &&
    Array.isArray(r.tests) &&
    Array.isArray(r.logs) &&
    Array.isArray(r.trace)
  );
}

async function problemMessage(response: Response): Promise<string> {
  if (response.status === 429) {
    const wait = Number(response.headers.get("retry-after"));
    return wait > 0
      ? `Too many runs in a short time. Try again in ${wait} seconds; your code is kept.`
      : "Too many runs in a short time. Wait a moment and run again; your code is kept.";
  }
  try {
    const body = (await response.json()) as { title?: unknown; detail?: unknown };
    const title = typeof body.title === "string" ? body.title : "";
    const detail = typeof body.detail === "string" ? body.detail : "";
    const text = [title, detail].filter(Boolean).join(": ");
    if (text) return `${text} (your code is kept).`;
  } catch {
    // Not JSON: fall through to the generic sentence.
  }
  return response.status >= 500
    ? `The server could not run your code (error ${response.status}). Your code is kept; try again.`
    : `The run was refused (error ${response.status}). Your code is kept.`;
}

export async function runExercise(
  exerciseId: string,
  files: Record<string, string>,
  fetchImpl: typeof fetch = fetch,
): Promise<RunOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/v1/exercises/${encodeURIComponent(exerciseId)}/runs`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ files }),
    });
  } catch {
    return {
      ok: false,
      message:
        "Could not reach the server. Check your connection and run again; your code is kept.",
    };
  }
  if (!response.ok) return { ok: false, message: await problemMessage(response) };
  try {
    const body: unknown = await response.json();
    if (looksLikeRunResult(body)) return { ok: true, result: body };
  } catch {
    // Malformed body: reported below.
  }
  return { ok: false, message: "The server sent an answer we could not read. Try again." };
}
