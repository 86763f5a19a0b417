"use client";
import { useSyncExternalStore } from "react";
import {
  PROGRESS_KEY,
  emptyProgress,
  parseProgress,
  recordQuiz,
  recordRun,
  type Progress,
} from "./progress-store.ts";

// React view of the stored progress. The snapshot is cached by its raw string, so React sees
// the same object until the stored document actually changes.
const CHANGED = "pillars:progress";
const SERVER_SNAPSHOT = emptyProgress();
let cachedRaw: string | null | undefined;
let cached: Progress = SERVER_SNAPSHOT;

function snapshot(): Progress {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PROGRESS_KEY);
  } catch {
    raw = null;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseProgress(raw);
  }
  return cached;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onChange); // other tabs
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onChange);
  };
}

export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, snapshot, () => SERVER_SNAPSHOT);
}

export function saveRun(run: Parameters<typeof recordRun>[1]): void {
  recordRun(localStorage, run);
  window.dispatchEvent(new Event(CHANGED));
}

export function saveQuiz(quizId: string, score: number, total: number): void {
  recordQuiz(localStorage, quizId, score, total);
  window.dispatchEvent(new Event(CHANGED));
}
