// Validation of a RunRequest at the engine's door: the app validates too, but the engine never
// trusts its caller's shapes (a bad request is an error for the caller, not a verdict).
import type { Fixtures, Limits, RunRequest } from "./types.ts";
import { resolveLimits } from "./limits.ts";

const MAX_FILES = 64;
const MAX_FILE_BYTES = 256 * 1024;
const PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(?:ts|js|mts|mjs)$/;

export interface CheckedRequest {
  files: Record<string, string>;
  entry: string;
  tests: Record<string, string>;
  fixtures: Fixtures;
  limits: Limits;
}

function checkFiles(what: string, files: unknown): Record<string, string> {
  if (typeof files !== "object" || files === null || Array.isArray(files)) {
    throw new TypeError(`${what} must be an object of path -> source`);
  }
  const entries = Object.entries(files);
  if (entries.length > MAX_FILES) throw new TypeError(`${what}: at most ${MAX_FILES} files`);
  const out: Record<string, string> = {};
  for (const [path, source] of entries) {
    if (!PATH.test(path) || path.split("/").some((part) => part === "." || part === "..")) {
      throw new TypeError(`${what}: "${path.slice(0, 80)}" is not a valid relative file path`);
    }
    if (typeof source !== "string") throw new TypeError(`${what}: "${path}" must be a string`);
    if (source.length > MAX_FILE_BYTES) throw new TypeError(`${what}: "${path}" is too large`);
    out[path] = source;
  }
  return out;
}

function checkFixtures(fixtures: unknown): Fixtures {
  if (fixtures === undefined) return {};
  if (typeof fixtures !== "object" || fixtures === null || Array.isArray(fixtures)) {
    throw new TypeError("fixtures must be an object");
  }
  const f = fixtures as Fixtures;
  if (f.sql !== undefined && typeof f.sql !== "string")
    throw new TypeError("fixtures.sql must be a string");
  if (f.clockStart !== undefined && !Number.isFinite(f.clockStart)) {
    throw new TypeError("fixtures.clockStart must be a number (epoch ms)");
  }
  for (const key of ["cache", "queues"] as const) {
    const value = f[key];
    if (
      value !== undefined &&
      (typeof value !== "object" || value === null || Array.isArray(value))
    ) {
      throw new TypeError(`fixtures.${key} must be an object`);
    }
  }
  return f;
}

export function checkRequest(req: RunRequest): CheckedRequest {
  if (typeof req !== "object" || req === null)
    throw new TypeError("a run request must be an object");
  const files = checkFiles("files", req.files);
  const tests = checkFiles("tests", req.tests);
  const entry = req.entry ?? "index.ts";
  if (typeof entry !== "string" || !Object.hasOwn(files, entry)) {
    throw new TypeError(`entry "${String(entry)}" is not one of the files`);
  }
  return {
    files,
    entry,
    tests,
    fixtures: checkFixtures(req.fixtures),
    limits: resolveLimits(req.limits),
  };
}
