// Compiles learner-like code with the editor's options and libs through the real TypeScript
// compiler: what the guest has type-checks, what it lacks (DOM, Node) is an error.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { editorCompilerOptions, editorExtraLibs, type EditorTypeSources } from "./editor-types.ts";

const typesDir = path.join(import.meta.dirname, "../../sandbox-runtime/types");
const read = (name: string) => readFileSync(path.join(typesDir, name), "utf8");
const sources: EditorTypeSources = {
  world: read("world.d.ts"),
  globals: read("globals.d.ts"),
  test: read("test.d.ts"),
};

/** Type errors of `code` (as file:///index.ts) with the editor's configuration. */
function errorsOf(code: string, withTests = false): string[] {
  const options = editorCompilerOptions(ts);
  const files = new Map<string, string>([["/index.ts", code]]);
  for (const lib of editorExtraLibs(sources, withTests)) {
    files.set(lib.filePath.replace("file://", ""), lib.content);
  }
  const host = ts.createCompilerHost({});
  const defaultRead = host.readFile.bind(host);
  host.fileExists = (f) => files.has(f) || ts.sys.fileExists(f);
  host.readFile = (f) => files.get(f) ?? defaultRead(f);
  host.getSourceFile = (f, version) => {
    const text = host.readFile(f);
    return text === undefined ? undefined : ts.createSourceFile(f, text, version);
  };
  const { lib, ...rest } = options;
  const program = ts.createProgram(
    [...files.keys()],
    {
      ...rest,
      lib: lib.map((l) => `lib.${l}.d.ts`),
      types: [],
    },
    host,
  );
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === "/index.ts")
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the editor's TypeScript matches the guest", () => {
  it("has no DOM in lib", () => {
    expect(editorCompilerOptions(ts).lib).toEqual(["es2022"]);
  });

  it("knows the world module and the guest's globals", () => {
    const code = [
      'import { db, clock } from "@pillars/world";',
      "export async function f() {",
      '  const r = await db.query("SELECT 1");',
      "  console.log(r.rowCount, clock.now(), crypto.randomUUID());",
      "  setTimeout(() => {}, 10);",
      '  return new TextEncoder().encode("x").length;',
      "}",
    ].join("\n");
    expect(errorsOf(code)).toEqual([]);
  });

  it("flags what the sandbox does not have: the DOM and Node", () => {
    const errors = errorsOf("document.title = 'x';\nprocess.exit(1);\n");
    expect(errors).toEqual([
      expect.stringContaining("Cannot find name 'document'."),
      expect.stringContaining("Cannot find name 'process'."),
    ]);
  });

  it("loads the test API only where tests are shown", () => {
    const code =
      'import { test, expect } from "@pillars/test";\ntest("x", () => expect(1).toBe(1));\n';
    expect(errorsOf(code, true)).toEqual([]);
    expect(errorsOf(code, false)).toEqual([
      expect.stringContaining("Cannot find module '@pillars/test'"),
    ]);
  });

  it("leaves globals out when the engine ships none", () => {
    const libs = editorExtraLibs({ world: "declare module 'w' {}" }, true);
    expect(libs.map((l) => l.filePath)).toEqual(["file:///node_modules/@types/pillars/world.d.ts"]);
  });
});
