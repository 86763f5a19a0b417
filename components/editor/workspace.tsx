"use client";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { RunResult } from "../../sandbox-runtime/src/types.ts";
import { saveRun } from "../progress/use-progress.ts";
import { useTheme } from "../ui/use-theme.ts";
import { clearCode, loadCode, saveCode } from "./code-storage.ts";
import type { EditorTypeSources } from "./editor-types.ts";
import { Hints } from "./hints.tsx";
import { markersByFile } from "./markers.ts";
import { ResultsPanel, verdictSummary } from "./results-panel.tsx";
import { runExercise, type RunOutcome } from "./run-client.ts";
import { SolutionReveal } from "./solution-reveal.tsx";
import { workspaceTabs } from "./tabs.ts";
import styles from "./workspace.module.css";

// Monaco is loaded only here, lazily, never on the server: until it arrives the learner sees
// their code in a plain block, so the page is readable at once.
const CodeEditor = dynamic(() => import("./code-editor.tsx"), {
  ssr: false,
  loading: () => <p className={styles.placeholder}>Loading the editor…</p>,
});

export interface WorkspaceProps {
  exerciseId: string;
  /** The file the learner is meant to edit (meta.json `open`, else the entry): opens first. */
  open: string;
  starter: Record<string, string>;
  /** Read-only helpers: shown, never sent (the server runs its own copy). */
  given: Record<string, string>;
  visibleTests: Record<string, string>;
  types: EditorTypeSources;
  hints: ReactNode[];
  /**
   * Instructor preview: runs go through this instead of the learner's runs route, and nothing
   * is kept in the browser (no saved code, no progress, no solution reveal).
   */
  previewRun?: (files: Record<string, string>) => Promise<RunOutcome>;
}

type RunState =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done"; result: RunResult }
  | { kind: "error"; message: string };

export function Workspace({
  exerciseId,
  open,
  starter,
  given,
  visibleTests,
  types,
  hints,
  previewRun,
}: WorkspaceProps) {
  const persist = previewRun === undefined;
  const theme = useTheme();
  // The saved code is read on the client only. Nothing rendered before the (client-only)
  // editor mounts depends on the files' content, so server and client markup still agree.
  const [files, setFiles] = useState(() =>
    typeof window === "undefined" || !persist
      ? starter
      : loadCode(localStorage, exerciseId, starter),
  );
  const tabs = workspaceTabs({ open, files, given, visibleTests });
  const [active, setActive] = useState(tabs[0]?.path ?? open);
  const [resetToken, setResetToken] = useState(0);
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const resetDialog = useRef<HTMLDialogElement>(null);

  const onChange = useCallback(
    (path: string, source: string) => {
      setFiles((prev) => {
        const next = { ...prev, [path]: source };
        if (persist) saveCode(localStorage, exerciseId, next);
        return next;
      });
    },
    [exerciseId, persist],
  );

  const readOnlyFiles = useMemo(() => ({ ...given, ...visibleTests }), [given, visibleTests]);

  const filesRef = useRef(files);
  useEffect(() => {
    filesRef.current = files;
  }, [files]);

  const doRun = useCallback(async () => {
    if (run.kind === "running") return;
    setRun({ kind: "running" });
    const outcome = previewRun
      ? await previewRun(filesRef.current)
      : await runExercise(exerciseId, filesRef.current);
    if (outcome.ok) {
      if (persist) {
        saveRun({ exerciseId, verdict: outcome.result.verdict, tests: outcome.result.tests });
      }
      setRun({ kind: "done", result: outcome.result });
    } else {
      setRun({ kind: "error", message: outcome.message });
    }
  }, [exerciseId, run.kind, previewRun, persist]);

  // Ctrl/Cmd+Enter anywhere in the workspace; inside Monaco the editor's own command fires.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
        event.preventDefault();
        void doRun();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [doRun]);

  const markers = useMemo(
    () => markersByFile(run.kind === "done" ? run.result.diagnostics : undefined, files),
    // Markers follow runs, not keystrokes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [run],
  );

  function confirmReset() {
    if (persist) clearCode(localStorage, exerciseId);
    setFiles(starter);
    setResetToken((t) => t + 1);
    setRun({ kind: "idle" });
  }

  const status =
    run.kind === "running"
      ? "Running your code…"
      : run.kind === "done"
        ? `Run finished: ${verdictSummary(run.result)}.`
        : "";

  return (
    <div className={styles.workspace}>
      <div className={styles.toolbar}>
        <div role="tablist" aria-label="Files" className={styles.tabs}>
          {tabs.map(({ path, readOnly }) => (
            <button
              key={path}
              type="button"
              role="tab"
              aria-selected={path === active}
              className={styles.tab}
              onClick={() => setActive(path)}
            >
              {path}
              {readOnly && <span className="visually-hidden"> (read only)</span>}
            </button>
          ))}
        </div>
        <div className={styles.actions}>
          <button
            type="button"
            className="button primary"
            onClick={() => void doRun()}
            disabled={run.kind === "running"}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {run.kind === "running" ? "Running…" : "Run"} <kbd aria-hidden="true">Ctrl+Enter</kbd>
          </button>
          <button type="button" className="button" onClick={() => resetDialog.current?.showModal()}>
            Reset
          </button>
        </div>
      </div>
      <div className={styles.editor} role="tabpanel" aria-label={active}>
        <CodeEditor
          files={files}
          readOnlyFiles={readOnlyFiles}
          active={active}
          types={types}
          withTests={Object.keys(visibleTests).length > 0}
          markers={markers}
          theme={theme}
          resetToken={resetToken}
          onChange={onChange}
          onRun={() => void doRun()}
        />
      </div>
      <p role="status" aria-live="polite" className={styles.status} data-testid="run-status">
        {status}
      </p>
      {run.kind === "error" && (
        <p className={styles.error} role="alert">
          {run.message}
        </p>
      )}
      {run.kind === "done" && <ResultsPanel result={run.result} />}
      <Hints hints={hints} />
      {persist && <SolutionReveal exerciseId={exerciseId} />}
      <dialog ref={resetDialog} aria-labelledby="reset-title">
        <h2 id="reset-title">Reset to the starter code?</h2>
        <p>Your changes to every file of this exercise will be lost.</p>
        <form method="dialog" className="dialog-actions">
          <button className="button" value="cancel" autoFocus>
            Keep my code
          </button>
          <button className="button primary" value="reset" onClick={confirmReset}>
            Reset
          </button>
        </form>
      </dialog>
    </div>
  );
}
