"use client";
// The Monaco editor, from our own bundle: loader.config({ monaco }) stops @monaco-editor/react
// from fetching Monaco off a CDN, and the workers are bundled through `new Worker(new URL(...))`.
// This module is only ever imported lazily, by the exercise workspace.
import Editor, { loader, type OnMount } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { useEffect, useRef } from "react";
import { editorCompilerOptions, editorExtraLibs, type EditorTypeSources } from "./editor-types.ts";
import type { MarkerData } from "./markers.ts";

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

window.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === "typescript" || label === "javascript") {
      return new Worker(
        new URL("monaco-editor/language/typescript/ts.worker.js", import.meta.url),
        {
          type: "module",
        },
      );
    }
    return new Worker(new URL("monaco-editor/editor/editor.worker.js", import.meta.url), {
      type: "module",
    });
  },
};
loader.config({ monaco });

const ts = monaco.typescript;
let configured = "";
/** The guest's types only (see editor-types.ts); replaced when another page needs other libs. */
function configureTypeScript(types: EditorTypeSources, withTests: boolean): void {
  const libs = editorExtraLibs(types, withTests);
  const key = JSON.stringify(libs.map((l) => [l.filePath, l.content.length]));
  if (key === configured) return;
  configured = key;
  ts.typescriptDefaults.setCompilerOptions(editorCompilerOptions(ts));
  ts.typescriptDefaults.setExtraLibs(libs);
}

// Monaco's stock themes miss WCAG AA in two places: dark comments (4.2:1) and the light
// theme's second bracket-pair colour (3.9:1). Same themes, those two colours raised.
function defineThemes(): void {
  monaco.editor.defineTheme("pillars-dark", {
    base: "vs-dark",
    inherit: true,
    rules: [{ token: "comment", foreground: "7ca668" }],
    colors: {},
  });
  monaco.editor.defineTheme("pillars-light", {
    base: "vs",
    inherit: true,
    rules: [],
    colors: { "editorBracketHighlight.foreground2": "#267326" },
  });
}

export const fileUri = (path: string) => monaco.Uri.parse(`file:///${path}`);

export interface CodeEditorProps {
  files: Record<string, string>;
  active: string;
  readOnlyFiles: Record<string, string>;
  types: EditorTypeSources;
  /** Test files are shown: load the test API's types too. */
  withTests: boolean;
  markers: Record<string, MarkerData[]>;
  theme: "light" | "dark";
  /** Changes whenever the workspace replaces the files wholesale (reset to starter). */
  resetToken: number;
  onChange(path: string, source: string): void;
  onRun(): void;
}

export default function CodeEditor(props: CodeEditorProps) {
  const { files, active, readOnlyFiles, types, withTests, markers, theme, resetToken, onChange } =
    props;
  const onRun = useRef(props.onRun);
  useEffect(() => {
    onRun.current = props.onRun;
  });

  const onMount: OnMount = (editor, m) => {
    configureTypeScript(types, withTests);
    // Every file gets its model now, so imports between files resolve and markers can land on
    // a file that is not open.
    for (const [path, source] of Object.entries({ ...files, ...readOnlyFiles })) {
      if (!m.editor.getModel(fileUri(path)))
        m.editor.createModel(source, "typescript", fileUri(path));
    }
    editor.addCommand(m.KeyMod.CtrlCmd | m.KeyCode.Enter, () => onRun.current());
  };

  useEffect(() => {
    for (const [path, source] of Object.entries(files)) {
      const model = monaco.editor.getModel(fileUri(path));
      if (model && model.getValue() !== source) model.setValue(source);
    }
    // Only a reset pushes the workspace's files into the models; typing flows the other way.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resetToken]);

  useEffect(() => {
    for (const [path, list] of Object.entries(markers)) {
      const model = monaco.editor.getModel(fileUri(path));
      if (!model) continue;
      monaco.editor.setModelMarkers(
        model,
        "pillars-run",
        list.map((mk) => ({ ...mk, severity: monaco.MarkerSeverity.Error })),
      );
    }
  }, [markers]);

  const readOnly = Object.hasOwn(readOnlyFiles, active);
  return (
    <Editor
      height="100%"
      path={fileUri(active).toString()}
      defaultLanguage="typescript"
      defaultValue={readOnly ? readOnlyFiles[active] : files[active]}
      theme={theme === "dark" ? "pillars-dark" : "pillars-light"}
      beforeMount={defineThemes}
      onMount={onMount}
      onChange={(value) => {
        if (!readOnly) onChange(active, value ?? "");
      }}
      loading={<p className="muted">Loading the editor…</p>}
      options={{
        readOnly,
        minimap: { enabled: false },
        fontSize: 14,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 2,
        ariaLabel: `Code editor: ${active}${readOnly ? " (read only)" : ""}. Press Ctrl+M to let Tab move focus out of the editor.`,
      }}
    />
  );
}
