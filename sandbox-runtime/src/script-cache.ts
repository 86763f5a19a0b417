// V8 code cache for the bundles a run compiles into its fresh isolate. A compiled ivm.Script
// belongs to one isolate and every run has a new one, so what carries across runs is V8's
// cached data (the parsed and compiled top-level code), consumed by the next compile of the
// same source. An exercise's test bundle is the same on every run and a resubmitted learner
// file compiles again, so both skip most of the parse. The data is V8's own output for our
// own compile; V8 checks it against the source and rejects a mismatch (we then recompile).
import type ivm from "isolated-vm";
import { Lru } from "./lru.ts";

/**
 * Source -> cached data, or null when the source was seen once: data is made on the second
 * sighting, so one-off learner code does not pay for serializing a cache it never uses.
 */
const codeCache = new Lru<ivm.ExternalCopy<ArrayBuffer> | null>(256);

/** What isolated-vm sets on a Script compiled with cache options (its typings omit it). */
type CachedScript = ivm.Script & {
  cachedData?: ivm.ExternalCopy<ArrayBuffer>;
  cachedDataRejected?: boolean;
};

/** Compiles `code` in `isolate`, through the code cache. */
export function compileCached(isolate: ivm.Isolate, code: string, filename: string): ivm.Script {
  const cached = codeCache.get(code);
  if (cached === undefined) {
    codeCache.set(code, null);
    return isolate.compileScriptSync(code, { filename });
  }
  if (cached === null) {
    const script: CachedScript = isolate.compileScriptSync(code, {
      filename,
      produceCachedData: true,
    });
    if (script.cachedData) codeCache.set(code, script.cachedData);
    return script;
  }
  const script: CachedScript = isolate.compileScriptSync(code, { filename, cachedData: cached });
  // V8 refused it (another V8 flag set, a bug): forget it, the next sighting makes it again.
  if (script.cachedDataRejected) codeCache.set(code, null);
  return script;
}
