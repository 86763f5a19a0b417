import type { NextConfig } from "next";

const config: NextConfig = {
  // The engine forks worker processes by file path and loads native addons: it must run
  // from node_modules as written, never bundled.
  serverExternalPackages: [
    "sandbox-runtime",
    "better-sqlite3",
    "isolated-vm",
    "pino",
    "prom-client",
    "pg",
  ],
  // Read at run time from folders the tracer cannot see through (lib/content/index.ts marks
  // those paths turbopackIgnore): the content, and the declarations the editor loads.
  outputFileTracingIncludes: {
    "/**": ["./lessons/**/*", "./sandbox-runtime/types/*.d.ts"],
  },
  // Lets two builds run side by side in one checkout (e.g. CI's build beside a dev server).
  distDir: process.env.PILLARS_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typescript: { ignoreBuildErrors: false },
};

export default config;
