// The trusted prelude (src/guest/*.js), bundled once per process and baked into an isolate
// snapshot: the snapshot holds the prelude's code, already compiled by a warm-up run, so each
// run's fresh isolate starts from there instead of parsing and compiling it again. Each run
// then calls `__pillars.start(hostCallback, config)`, which deletes that global, installs the
// console, timers and Date, and locks the intrinsics down. (Lockdown cannot be baked in: V8
// adds properties to the intrinsics when it creates a context from a snapshot.)
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import ivm from "isolated-vm";
import { preludeWarmup } from "./prelude-warmup.ts";

export const PRELUDE_GLOBAL = "__pillars";

let snapshot: ivm.ExternalCopy<ArrayBuffer> | undefined;

function bundle(): string {
  const result = esbuild.buildSync({
    entryPoints: [fileURLToPath(new URL("./guest/main.js", import.meta.url))],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "pillarsGuest",
    platform: "neutral",
    target: "es2024",
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** The snapshot every run's isolate starts from (made on first use, then shared). */
export function preludeSnapshot(): ivm.ExternalCopy<ArrayBuffer> {
  if (snapshot) return snapshot;
  const define = `"use strict";
Object.defineProperty(globalThis, ${JSON.stringify(PRELUDE_GLOBAL)}, {
  value: (() => { ${bundle()}; return { start: pillarsGuest.start }; })(),
  configurable: true,
});`;
  // A warm-up run compiles the functions every run needs; V8 keeps that code, not its state.
  const warmup = preludeWarmup(PRELUDE_GLOBAL);
  snapshot = ivm.Isolate.createSnapshot(
    [{ code: define, filename: "file:///pillars-prelude.js" }],
    warmup,
  );
  return snapshot;
}
