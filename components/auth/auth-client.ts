// Browser calls to better-auth (/api/auth) and the progress merge, with plain fetch: no auth
// client library in the page bundle. Messages are for people; none says whether an account
// exists.
import type { Progress } from "../progress/progress-store.ts";

export type AuthOutcome = { ok: true } | { ok: false; message: string };

const MESSAGES: Record<string, string> = {
  "sign-in": "Wrong email or password.",
  "sign-up": "Could not create the account. If you already have one, sign in instead.",
  "change-password": "Could not change the password. Check your current password.",
};

export async function postAuth(
  action:
    "sign-in/email" | "sign-up/email" | "sign-out" | "change-password" | "revoke-other-sessions",
  body: Record<string, unknown>,
  fetchImpl: typeof fetch = fetch,
): Promise<AuthOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/auth/${action}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, message: "Could not reach the server. Check your connection." };
  }
  if (response.ok) return { ok: true };
  if (response.status === 429) {
    return { ok: false, message: "Too many attempts. Wait a minute and try again." };
  }
  const key = action.split("/")[0]!;
  if (key === "sign-up" && response.status === 400) {
    // Password rules are safe to repeat: they say nothing about anyone's account.
    const data = (await response.json().catch(() => null)) as { message?: string } | null;
    if (data?.message && /password/i.test(data.message))
      return { ok: false, message: data.message };
  }
  return { ok: false, message: MESSAGES[key] ?? `The request failed (error ${response.status}).` };
}

/** The browser's progress in the shape POST /api/v1/me/progress/merge takes. */
export function toMergeBody(progress: Progress) {
  return {
    exercises: Object.fromEntries(
      Object.entries(progress.exercises).map(([id, e]) => [
        id,
        { attempts: Math.max(0, Math.floor(e.attempts)), passed: e.passed },
      ]),
    ),
    quizzes: Object.fromEntries(
      Object.entries(progress.quizzes)
        .filter(([, q]) => q.total > 0 && q.score <= q.total)
        .map(([id, q]) => [id, { score: Math.floor(q.score), total: Math.floor(q.total) }]),
    ),
    lessons: [] as string[],
  };
}

/** After sign-in: fold what this browser recorded into the account (safe to repeat). */
export async function mergeBrowserProgress(
  progress: Progress,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  try {
    const response = await fetchImpl("/api/v1/me/progress/merge", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(toMergeBody(progress)),
      credentials: "same-origin",
    });
    return response.ok;
  } catch {
    return false;
  }
}
