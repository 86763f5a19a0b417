// Compile diagnostics from a run, as Monaco markers per file. Positions are 1-based lines and
// columns in the learner's own files; a marker covers the rest of the word at that column.
import type { CompileDiagnostic } from "../../sandbox-runtime/src/types.ts";

export interface MarkerData {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
}

export function markersByFile(
  diagnostics: CompileDiagnostic[] | undefined,
  files: Record<string, string>,
): Record<string, MarkerData[]> {
  const out: Record<string, MarkerData[]> = {};
  for (const path of Object.keys(files)) out[path] = [];
  for (const d of diagnostics ?? []) {
    const source = files[d.file];
    if (source === undefined) continue;
    const lines = source.split("\n");
    const line = Math.min(Math.max(1, Math.trunc(d.line) || 1), lines.length);
    const text = lines[line - 1] ?? "";
    const column = Math.min(Math.max(1, Math.trunc(d.column) || 1), text.length + 1);
    const rest = text.slice(column - 1).match(/^\w+/)?.[0].length ?? 1;
    out[d.file]!.push({
      startLineNumber: line,
      startColumn: column,
      endLineNumber: line,
      endColumn: Math.min(column + rest, text.length + 1),
      message: d.message,
    });
  }
  return out;
}
