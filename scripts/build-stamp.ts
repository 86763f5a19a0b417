// Decides whether the production build is current: a hash over every input that shapes
// `.next/`. `npm start` on an unchanged tree skips `next build` (it takes most of a minute).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "lessons",
  "public",
  "sandbox-runtime/src",
  "next.config.ts",
  "package.json",
  "sandbox-runtime/package.json",
  "package-lock.json",
  "tsconfig.json",
];
const SKIP = new Set(["node_modules", ".tools", "data"]);

function* files(root: string, path: string): Generator<string> {
  const full = join(root, path);
  let st;
  try {
    st = statSync(full);
  } catch {
    return;
  }
  if (st.isFile()) {
    yield path;
    return;
  }
  for (const name of readdirSync(full).sort()) {
    if (!SKIP.has(name)) yield* files(root, join(path, name));
  }
}

export function sourceHash(root: string): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(root, input)) {
      hash.update(relative(root, join(root, file)));
      hash.update("\0");
      hash.update(readFileSync(join(root, file)));
      hash.update("\0");
    }
  }
  return hash.digest("hex");
}

/** Kept inside the build dir, so deleting the build also forgets the stamp. */
export function stampPath(root: string): string {
  return join(root, process.env.PILLARS_DIST_DIR ?? ".next", "pillars-build-stamp");
}
