// Pillars' HTTP server: `node server.ts` (production build) or `node server.ts --dev`.
// Settings are checked before anything else loads: a bad one prints one line and exits 1.
import { loadEnvOrExit } from "./lib/env.ts";

const env = loadEnvOrExit();
const dev = process.argv.includes("--dev");
// Next and React pick their production or development behaviour from NODE_ENV.
if (!process.env.NODE_ENV)
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });

const { startServer } = await import("./lib/server/start.ts");
try {
  await startServer(env, { dev, dir: import.meta.dirname });
} catch (error) {
  // One readable line; the cause (e.g. a migration or port error) follows for the operator.
  console.error(`pillars: could not start: ${error instanceof Error ? error.message : error}`);
  if (error instanceof Error && error.cause) console.error(error.cause);
  process.exit(1);
}
