// The trusted prelude's source: src/guest/*.js bundled once per process into one closure body
// for `context.evalClosureSync`. `$0` is the host callback, `$1` the run's config.
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

let source: string | undefined;

export function guestPreludeSource(): string {
  if (source !== undefined) return source;
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
  const code = result.outputFiles[0]?.text ?? "";
  source = `"use strict";\n${code}\nreturn pillarsGuest.start($0, $1);`;
  return source;
}
