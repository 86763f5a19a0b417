// Development only: tells open pages that a file under lessons/ changed, so they refresh.
// One recursive fs.watch for the whole server, shared by every open page; events are batched
// because an editor's save often touches a file several times.
import { watch, type FSWatcher } from "node:fs";

type Listener = () => void;
const listeners = new Set<Listener>();
let watcher: FSWatcher | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function notify(): void {
  clearTimeout(timer);
  timer = setTimeout(() => listeners.forEach((listener) => listener()), 100);
}

/** Calls `listener` after files under `root` change; returns the unsubscribe function. */
export function onContentChange(root: string, listener: Listener): () => void {
  listeners.add(listener);
  watcher ??= watch(root, { recursive: true }, notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      watcher?.close();
      watcher = undefined;
    }
  };
}
