// Pillars' HTTP server: `node server.ts` (production build) or `node server.ts --dev`.
// Settings are checked before anything else loads: a bad one prints one line and exits 1.
import { loadEnvOrExit } from "./lib/env.ts";

const env = loadEnvOrExit();
const { startServer } = await import("./lib/server/start.ts");
try {
  await startServer(env, { dev: process.argv.includes("--dev"), dir: import.meta.dirname });
} catch (error) {
  // One readable line; the cause (e.g. a migration or port error) follows for the operator.
  console.error(`pillars: could not start: ${error instanceof Error ? error.message : error}`);
  if (error instanceof Error && error.cause) console.error(error.cause);
  process.exit(1);
}
