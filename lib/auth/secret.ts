// The key that signs session cookies. From BETTER_AUTH_SECRET when set (and it must be set in
// production); otherwise, for development and tests, a random one generated on first start and
// kept in the data dir (mode 0600) so sessions survive a restart. Never a built-in default.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SECRET_FILE = "auth-secret";

export interface SecretSource {
  secret?: string;
  dataDir: string;
  production: boolean;
}

export function resolveAuthSecret({ secret, dataDir, production }: SecretSource): string {
  if (secret) return secret;
  if (production) {
    throw new Error("BETTER_AUTH_SECRET must be set in production (at least 32 characters)");
  }
  const file = join(dataDir, SECRET_FILE);
  try {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const made = randomBytes(32).toString("base64url");
  // "wx": two processes starting at once must not overwrite each other's secret.
  try {
    writeFileSync(file, made + "\n", { mode: 0o600, flag: "wx" });
    return made;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readFileSync(file, "utf8").trim();
  }
}
