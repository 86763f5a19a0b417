"use client";
// The learner's workspace, opened on the exercise's solution with every test visible, whose
// runs go to the preview route (all tests, nothing stored, nothing saved in the browser).
import type { ReactNode } from "react";
import type { EditorTypeSources } from "../editor/editor-types.ts";
import { Workspace } from "../editor/workspace.tsx";
import { previewRunOutcome } from "./preview-runner.tsx";

export function PreviewWorkspace(props: {
  exerciseId: string;
  open: string;
  solution: Record<string, string>;
  given: Record<string, string>;
  tests: Record<string, string>;
  types: EditorTypeSources;
  hints: ReactNode[];
}) {
  return (
    <Workspace
      exerciseId={props.exerciseId}
      open={props.open}
      starter={props.solution}
      given={props.given}
      visibleTests={props.tests}
      types={props.types}
      hints={props.hints}
      previewRun={(files) => previewRunOutcome(props.exerciseId, files)}
    />
  );
}
