// Compiles learner files and test files with esbuild, from memory (a virtual file system
// plugin: no disk access), into one CommonJS function each that the guest prelude links.
// Learner files may import each other and "@pillars/world" only; tests may also import
// "@pillars/test" and "@pillars/learner". Bundles are cached by content hash.
import { createHash } from "node:crypto";
import * as esbuild from "esbuild";
import type { CompileDiagnostic } from "./types.ts";
import { Lru } from "./lru.ts";

export type CompileOutcome =
  { ok: true; code: string } | { ok: false; diagnostics: CompileDiagnostic[] };

const NAMESPACE = "pillars";
const ENTRY = "\0entry";
const cache = new Lru<CompileOutcome>(256);

/** Resolves `spec` imported from `importer` among `files`, as Node would with extensions. */
function resolveRelative(
  files: Record<string, string>,
  importer: string,
  spec: string,
): string | null {
  const parts = importer.split("/").slice(0, -1);
  for (const part of spec.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  const base = parts.join("/");
  for (const candidate of [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`]) {
    if (Object.hasOwn(files, candidate)) return candidate;
  }
  // `import "./x.js"` for a file x.ts, as TypeScript's NodeNext style writes it.
  const swapped = base.replace(/\.js$/, ".ts");
  return Object.hasOwn(files, swapped) ? swapped : null;
}

function vfsPlugin(files: Record<string, string>, externals: string[]): esbuild.Plugin {
  return {
    name: "pillars-vfs",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (externals.includes(args.path)) return { path: args.path, external: true };
        if (args.path.startsWith("@pillars/")) {
          return {
            errors: [
              {
                text: `"${args.path}" cannot be imported here; learner code may import "@pillars/world" and its own files`,
              },
            ],
          };
        }
        if (!args.path.startsWith("./") && !args.path.startsWith("../")) {
          return {
            errors: [
              {
                text: `Cannot import "${args.path}": only "@pillars/world" and relative imports of your own files are available`,
              },
            ],
          };
        }
        const importer = args.importer === ENTRY ? "" : args.importer;
        const found = resolveRelative(files, importer, args.path);
        if (found === null)
          return { errors: [{ text: `Cannot find "${args.path}" among your files` }] };
        return { path: found, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: files[args.path] ?? "",
        loader: loaderOf(args.path),
      }));
    },
  };
}

function loaderOf(path: string): esbuild.Loader {
  return path.endsWith(".js") || path.endsWith(".mjs") ? "js" : "ts";
}

function diagnosticsOf(messages: esbuild.Message[]): CompileDiagnostic[] {
  return messages.slice(0, 20).map((m) => ({
    file: m.location?.file.replace(`${NAMESPACE}:`, "") ?? "",
    line: m.location?.line ?? 1,
    column: (m.location?.column ?? 0) + 1,
    message: m.text,
  }));
}

async function bundle(
  files: Record<string, string>,
  entry: string,
  entrySource: string | null,
  externals: string[],
): Promise<CompileOutcome> {
  try {
    const result = await esbuild.build({
      // The entry comes in as stdin (one fewer plugin round trip per run); every import still
      // goes through the plugin, so nothing is ever read from disk.
      stdin: {
        contents: entrySource ?? files[entry] ?? "",
        sourcefile: entry,
        loader: loaderOf(entry),
      },
      bundle: true,
      write: false,
      format: "cjs",
      platform: "neutral",
      target: "es2024",
      logLevel: "silent",
      plugins: [vfsPlugin(files, externals)],
    });
    const code = result.outputFiles[0]?.text ?? "";
    // One function the prelude calls with its own require: nothing else is in scope.
    return { ok: true, code: `(function (require, module, exports) {"use strict";\n${code}\n})` };
  } catch (error) {
    const messages = (error as { errors?: esbuild.Message[] }).errors;
    if (!messages) throw error;
    return { ok: false, diagnostics: diagnosticsOf(messages) };
  }
}

function hashOf(kind: string, files: Record<string, string>, entry: string): string {
  const hash = createHash("sha256").update(kind).update("\0").update(entry);
  for (const path of Object.keys(files).sort())
    hash
      .update("\0")
      .update(path)
      .update("\0")
      .update(files[path] ?? "");
  return hash.digest("hex");
}

async function cached(key: string, make: () => Promise<CompileOutcome>): Promise<CompileOutcome> {
  const hit = cache.get(key);
  if (hit) return hit;
  const outcome = await make();
  cache.set(key, outcome);
  return outcome;
}

export function compileLearner(
  files: Record<string, string>,
  entry: string,
): Promise<CompileOutcome> {
  return cached(hashOf("learner", files, entry), () =>
    bundle(files, entry, null, ["@pillars/world"]),
  );
}

/** Tests, in path order, as one bundle; their diagnostics are for authors, not learners. */
export function compileTests(tests: Record<string, string>): Promise<CompileOutcome> {
  const paths = Object.keys(tests).sort();
  const entrySource = paths.map((p) => `import ${JSON.stringify(`./${p}`)};`).join("\n");
  return cached(hashOf("tests", tests, ""), () =>
    bundle(tests, ENTRY, entrySource, ["@pillars/test", "@pillars/learner", "@pillars/world"]),
  );
}
