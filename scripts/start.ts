// `npm start`: check the settings, build when stale, then serve the production build
// (server.ts migrates the store and warms the sandbox pool before it listens).
import { loadEnvOrExit } from "../lib/env.ts";
import { buildIfStale } from "./build.ts";

// A bad setting should stop us before a minute-long build, not after it.
loadEnvOrExit();
buildIfStale();
await import("../server.ts");
