// What the editor's TypeScript knows: exactly the guest's world. The sandbox has the standard
// built-ins of lib es2022, the globals of sandbox-runtime/types/globals.d.ts and the
// "@pillars/world" module; no DOM and no Node. Tests also see "@pillars/test". Kept free of
// Monaco so the configuration can be tested with the TypeScript compiler itself.

/**
 * The declaration files, as read on the server (lib/content/editor-types.ts): `globals` when the
 * engine ships them, `test` loaded only where test files are shown.
 */
export type { EditorTypeSources } from "../../lib/content/editor-types.ts";
import type { EditorTypeSources } from "../../lib/content/editor-types.ts";

export interface ExtraLib {
  filePath: string;
  content: string;
}

// One folder, so test.d.ts's `/// <reference path="./world.d.ts" />` resolves.
const TYPES_DIR = "file:///node_modules/@types/pillars";

/** The extra libs to add to the editor's TypeScript, in load order. */
export function editorExtraLibs(sources: EditorTypeSources, withTests: boolean): ExtraLib[] {
  const libs: ExtraLib[] = [{ filePath: `${TYPES_DIR}/world.d.ts`, content: sources.world }];
  if (sources.globals !== undefined) {
    libs.push({ filePath: `${TYPES_DIR}/globals.d.ts`, content: sources.globals });
  }
  if (withTests && sources.test !== undefined) {
    libs.push({ filePath: `${TYPES_DIR}/test.d.ts`, content: sources.test });
  }
  return libs;
}

/** The enum values the options need, from Monaco's `typescript` namespace (or TypeScript's). */
// (Monaco's enums stop at ESNext and NodeJs: no ES2022 target, no Bundler resolution.)
export interface TypeScriptEnums {
  ScriptTarget: { ESNext: number };
  ModuleKind: { ESNext: number };
  ModuleResolutionKind: { NodeJs: number };
}

/** Compiler options matching the guest: es2022 built-ins only (no "dom"), strict, ES modules. */
export function editorCompilerOptions(ts: TypeScriptEnums) {
  return {
    // Syntax as new as the engine compiles (es2024); the built-ins are what `lib` says.
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    allowNonTsExtensions: true,
    // Without `lib`, TypeScript adds the DOM: completion would offer `document` and `fetch`.
    lib: ["es2022"],
  };
}
