"use client";
// The learner's workspace, opened on the exercise's solution with every test visible, whose
// runs go to the preview route (all tests, nothing stored, nothing saved in the browser).
import type { ReactNode } from "react";
import { Workspace } from "../editor/workspace.tsx";
import { previewRunOutcome } from "./preview-runner.tsx";

export function PreviewWorkspace(props: {
  exerciseId: string;
  solution: Record<string, string>;
  tests: Record<string, string>;
  worldTypes: string;
  hints: ReactNode[];
}) {
  return (
    <Workspace
      exerciseId={props.exerciseId}
      starter={props.solution}
      visibleTests={props.tests}
      worldTypes={props.worldTypes}
      hints={props.hints}
      previewRun={(files) => previewRunOutcome(props.exerciseId, files)}
    />
  );
}
