import { describe, expect, test } from "vitest";
import { markersByFile } from "./markers.ts";

const files = { "index.ts": "const a = 1;\nconst b: number = nope;\n", "util.ts": "x" };

describe("compile errors as editor markers", () => {
  test("a diagnostic marks the word at its line and column in its own file", () => {
    const markers = markersByFile(
      [{ file: "index.ts", line: 2, column: 19, message: "Cannot find name 'nope'." }],
      files,
    );
    expect(markers["index.ts"]).toEqual([
      {
        startLineNumber: 2,
        startColumn: 19,
        endLineNumber: 2,
        endColumn: 23,
        message: "Cannot find name 'nope'.",
      },
    ]);
    expect(markers["util.ts"]).toEqual([]);
  });

  test("every file gets a list, so old markers are cleared when a run has none", () => {
    expect(markersByFile(undefined, files)).toEqual({ "index.ts": [], "util.ts": [] });
  });

  test("positions out of range are clamped and unknown files ignored", () => {
    const markers = markersByFile(
      [
        { file: "index.ts", line: 99, column: 99, message: "end" },
        { file: "missing.ts", line: 1, column: 1, message: "ignored" },
      ],
      files,
    );
    expect(markers["index.ts"]?.[0]).toMatchObject({
      startLineNumber: 3,
      startColumn: 1,
      endColumn: 1,
    });
    expect(Object.keys(markers)).toEqual(["index.ts", "util.ts"]);
  });
});
