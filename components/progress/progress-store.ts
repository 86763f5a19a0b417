// The learner's progress, kept in the browser while signed out (on sign-in it merges into the
// account through POST /api/v1/me/progress/merge). One JSON document under one key; every read validates it, since
// anything in localStorage may be stale, hand-edited or from an older version.
export const PROGRESS_KEY = "pillars:progress:v1";
const MAX_RECENT_RUNS = 20;

export interface ExerciseProgress {
  attempts: number;
  passed: boolean;
  lastVerdict: string;
  lastRunAt: string;
}
export interface RecentRun {
  exerciseId: string;
  verdict: string;
  passedTests: number;
  totalTests: number;
  at: string;
}
export interface QuizScore {
  score: number;
  total: number;
  at: string;
}
export interface Progress {
  exercises: Record<string, ExerciseProgress>;
  recentRuns: RecentRun[];
  quizzes: Record<string, QuizScore>;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function emptyProgress(): Progress {
  return { exercises: {}, recentRuns: [], quizzes: {} };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Parses stored progress, dropping anything malformed rather than failing the page. */
export function parseProgress(raw: string | null): Progress {
  const out = emptyProgress();
  if (!raw) return out;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return out;
  }
  if (!isRecord(data)) return out;
  if (isRecord(data.exercises)) {
    for (const [id, e] of Object.entries(data.exercises)) {
      if (isRecord(e) && typeof e.attempts === "number" && typeof e.passed === "boolean") {
        out.exercises[id] = {
          attempts: e.attempts,
          passed: e.passed,
          lastVerdict: String(e.lastVerdict ?? ""),
          lastRunAt: String(e.lastRunAt ?? ""),
        };
      }
    }
  }
  if (Array.isArray(data.recentRuns)) {
    for (const r of data.recentRuns.slice(0, MAX_RECENT_RUNS)) {
      if (isRecord(r) && typeof r.exerciseId === "string") {
        out.recentRuns.push({
          exerciseId: r.exerciseId,
          verdict: String(r.verdict ?? ""),
          passedTests: Number(r.passedTests) || 0,
          totalTests: Number(r.totalTests) || 0,
          at: String(r.at ?? ""),
        });
      }
    }
  }
  if (isRecord(data.quizzes)) {
    for (const [id, q] of Object.entries(data.quizzes)) {
      if (isRecord(q) && typeof q.score === "number" && typeof q.total === "number") {
        out.quizzes[id] = { score: q.score, total: q.total, at: String(q.at ?? "") };
      }
    }
  }
  return out;
}

export function readProgress(storage: KeyValueStorage): Progress {
  try {
    return parseProgress(storage.getItem(PROGRESS_KEY));
  } catch {
    return emptyProgress();
  }
}

function write(storage: KeyValueStorage, progress: Progress): void {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Full or disabled storage: progress is a convenience, never a reason to break a run.
  }
}

/** Records one graded run: attempts count up, and an exercise once passed stays passed. */
export function recordRun(
  storage: KeyValueStorage,
  run: { exerciseId: string; verdict: string; tests: { status: string }[] },
  now: Date = new Date(),
): Progress {
  const progress = readProgress(storage);
  const before = progress.exercises[run.exerciseId];
  const at = now.toISOString();
  progress.exercises[run.exerciseId] = {
    attempts: (before?.attempts ?? 0) + 1,
    passed: (before?.passed ?? false) || run.verdict === "passed",
    lastVerdict: run.verdict,
    lastRunAt: at,
  };
  progress.recentRuns = [
    {
      exerciseId: run.exerciseId,
      verdict: run.verdict,
      passedTests: run.tests.filter((t) => t.status === "passed").length,
      totalTests: run.tests.length,
      at,
    },
    ...progress.recentRuns,
  ].slice(0, MAX_RECENT_RUNS);
  write(storage, progress);
  return progress;
}

/** Records a quiz score; the best score is kept, so a retry never lowers progress. */
export function recordQuiz(
  storage: KeyValueStorage,
  quizId: string,
  score: number,
  total: number,
  now: Date = new Date(),
): Progress {
  const progress = readProgress(storage);
  const before = progress.quizzes[quizId];
  if (!before || score >= before.score) {
    progress.quizzes[quizId] = { score, total, at: now.toISOString() };
  }
  write(storage, progress);
  return progress;
}

export function hasAttempted(storage: KeyValueStorage, exerciseId: string): boolean {
  return (readProgress(storage).exercises[exerciseId]?.attempts ?? 0) > 0;
}
