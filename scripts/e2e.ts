// `npm run test:e2e`: the browser tests. Installs Debian's chromium when it is missing, builds
// the production site (when stale), starts server.ts on a free loopback port with a
// throwaway data dir, runs tests/e2e with vitest, stops the server, and prints one closing
// "N passed, N failed" line. Flags: --no-build reuses the last e2e build.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildIfStale } from "./build.ts";

const root = join(import.meta.dirname, "..");
const CHROMIUM = "/usr/bin/chromium";
// CI builds once: by default the tests serve the regular build (.next), rebuilt only when stale.
// PILLARS_DIST_DIR=.next-e2e gives a build of its own beside someone else's server.
const DIST_DIR = process.env.PILLARS_DIST_DIR;
const RESULTS = join(root, "test-results");

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `e2e: ${CHROMIUM} is missing. Install it as root: apt-get update && apt-get install -y chromium`,
    );
    process.exit(1);
  }
  console.error("e2e: installing chromium from Debian (apt-get)");
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const r = spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (r.status !== 0) {
      console.error(`e2e: apt-get ${args.join(" ")} failed; install chromium by hand and retry.`);
      process.exit(1);
    }
  }
}

function build(): void {
  if (!DIST_DIR) return buildIfStale();
  const r = spawnSync(join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PILLARS_DIST_DIR: DIST_DIR, NODE_ENV: "production" },
  });
  if (r.status !== 0) {
    console.error("e2e: the production build failed");
    process.exit(1);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not become ready within 120 s");
}

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || !server.pid) return resolve();
    server.once("exit", () => resolve());
    process.kill(-server.pid, "SIGTERM");
    setTimeout(() => {
      if (server.exitCode === null && server.pid) process.kill(-server.pid, "SIGKILL");
    }, 15_000).unref();
  });
}

ensureChromium();
if (!process.argv.includes("--no-build")) build();
// First-load JS per page type, and the lesson-page budget, on the build under test.
const sizes = spawnSync(process.execPath, ["scripts/bundle-size.ts", DIST_DIR ?? ".next"], {
  cwd: root,
  stdio: "inherit",
});
if (sizes.status !== 0) process.exit(1);

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "pillars-e2e-"));
const server = spawn(process.execPath, ["server.ts"], {
  cwd: root,
  detached: true, // its own process group, so stop() ends its sandbox workers too
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    PILLARS_HOST: "127.0.0.1",
    ...(DIST_DIR ? { PILLARS_DIST_DIR: DIST_DIR } : {}),
    PILLARS_DATA_DIR: dataDir,
    PILLARS_LOG_LEVEL: "warn",
    // The specs run more code than a learner would in a minute.
    PILLARS_RUN_RATE_PER_MINUTE: "1000",
    PILLARS_RUN_RATE_BURST: "1000",
    // Production requires a session-signing secret; a throwaway one per run.
    BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
    BETTER_AUTH_URL: url,
  },
});

let status = 1;
rmSync(join(RESULTS, "e2e.json"), { force: true });
try {
  await waitUntilReady(url, server);
  const vitest = spawnSync(
    join(root, "node_modules/.bin/vitest"),
    [
      "run",
      "--config",
      "tests/e2e/vitest.config.ts",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${RESULTS}/e2e.json`,
    ],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, PILLARS_E2E_URL: url, PILLARS_E2E_CHROMIUM: CHROMIUM },
    },
  );
  status = vitest.status ?? 1;
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : error}`);
} finally {
  await stop(server);
  rmSync(dataDir, { recursive: true, force: true });
}

try {
  const r = JSON.parse(readFileSync(join(RESULTS, "e2e.json"), "utf8")) as Record<string, number>;
  console.log(`e2e: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
} catch {
  console.log("e2e: 0 passed, 1 failed");
}
process.exit(status);
