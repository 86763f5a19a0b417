// The learner's code, kept per exercise across reloads. Saved files are trusted only as far as
// their shape: a map of the starter's file names to strings. Files the starter gained since
// the save come from the starter; files it lost are dropped.
import type { KeyValueStorage } from "../progress/progress-store.ts";

export const codeKey = (exerciseId: string) => `pillars:code:${exerciseId}`;

export function loadCode(
  storage: KeyValueStorage,
  exerciseId: string,
  starter: Record<string, string>,
): Record<string, string> {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(codeKey(exerciseId)) ?? "null");
  } catch {
    saved = null;
  }
  const files: Record<string, string> = { ...starter };
  if (typeof saved === "object" && saved !== null && !Array.isArray(saved)) {
    for (const [path, source] of Object.entries(saved)) {
      if (Object.hasOwn(starter, path) && typeof source === "string") files[path] = source;
    }
  }
  return files;
}

export function saveCode(
  storage: KeyValueStorage,
  exerciseId: string,
  files: Record<string, string>,
): void {
  try {
    storage.setItem(codeKey(exerciseId), JSON.stringify(files));
  } catch {
    // Storage full or disabled: the code stays in the editor for this visit.
  }
}

export function clearCode(
  storage: KeyValueStorage & { removeItem(key: string): void },
  exerciseId: string,
): void {
  try {
    storage.removeItem(codeKey(exerciseId));
  } catch {
    // Nothing to clear.
  }
}
