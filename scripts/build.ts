// `npm run build`: the production build, skipped when nothing it depends on changed
// (pass --force to rebuild anyway).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { STAMP_FILE, sourceHash } from "./build-stamp.ts";

const root = join(import.meta.dirname, "..");

export function buildIfStale(force = false): void {
  const hash = sourceHash(root);
  const stampPath = join(root, STAMP_FILE);
  if (!force && existsSync(stampPath) && readFileSync(stampPath, "utf8") === hash) {
    console.error("pillars: build is current, skipping next build");
    return;
  }
  const result = spawnSync(join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error("pillars: next build failed");
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampPath, hash);
}

if (import.meta.main) buildIfStale(process.argv.includes("--force"));
