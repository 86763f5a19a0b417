// `npm run build`: the production build, skipped when nothing it depends on changed
// (pass --force to rebuild anyway). PILLARS_DIST_DIR picks the build dir (default .next).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sourceHash, stampPath } from "./build-stamp.ts";

const root = join(import.meta.dirname, "..");

export function buildIfStale(force = false): void {
  const hash = sourceHash(root);
  const stamp = stampPath(root);
  if (!force && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) {
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
  writeFileSync(stamp, hash);
}

if (import.meta.main) buildIfStale(process.argv.includes("--force"));
