import { log } from "@pillars/world";

/** What a secret becomes in logs and error messages. */
export const REDACTED = "[redacted]";

export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Config {
  port: number;
  databaseUrl: string;
  logLevel: LogLevel;
  requestTimeoutMs: number;
  checkoutV2Enabled: boolean;
  sessionSecret: string;
}

/** Thrown when the environment cannot make a valid Config; the message lists every problem. */
export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

const LOG_LEVELS: readonly string[] = ["debug", "info", "warn", "error"];

/** An integer in [min, max], or a problem. Number("") is 0 and Number("8e3") is 8000, so the
 * text is checked digit by digit rather than trusted to Number(). */
function integer(name: string, raw: string, min: number, max: number): number | string {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    return `${name} must be an integer from ${min} to ${max} (got "${raw}")`;
  }
  return value;
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = [];
  // An empty string is how many tools write "unset" (KEY= in a .env file): treat it as missing.
  const read = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === "" ? undefined : raw;
  };
  // Collect every problem instead of stopping at the first: whoever fixes the deploy should
  // not need one failed start per typo.
  const take = <T>(result: T | string): T | undefined => {
    if (typeof result === "string") {
      problems.push(result);
      return undefined;
    }
    return result;
  };

  const port = take(integer("PORT", read("PORT") ?? "3000", 1, 65_535));
  const requestTimeoutMs = take(
    integer("REQUEST_TIMEOUT_MS", read("REQUEST_TIMEOUT_MS") ?? "5000", 1, 60_000),
  );

  const logLevel = read("LOG_LEVEL") ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${logLevel}")`);
  }

  // Boolean("false") is true: parse the words, and refuse anything else rather than guess.
  const flag = read("CHECKOUT_V2_ENABLED") ?? "false";
  if (flag !== "true" && flag !== "false") {
    problems.push(`CHECKOUT_V2_ENABLED must be "true" or "false" (got "${flag}")`);
  }

  // Never echo these two values: they hold credentials, and start-up errors end up in logs.
  const databaseUrl = read("DATABASE_URL");
  if (databaseUrl === undefined) problems.push("DATABASE_URL is required");
  else if (!/^postgres(ql)?:\/\/\S+$/.test(databaseUrl)) {
    problems.push("DATABASE_URL must be a postgres:// or postgresql:// URL");
  }
  const sessionSecret = read("SESSION_SECRET");
  if (sessionSecret === undefined) problems.push("SESSION_SECRET is required");
  else if (sessionSecret.length < 32)
    problems.push("SESSION_SECRET must be at least 32 characters");

  if (problems.length > 0) throw new ConfigError(problems);

  const config: Config = {
    port: port!,
    databaseUrl: databaseUrl!,
    logLevel: logLevel as LogLevel,
    requestTimeoutMs: requestTimeoutMs!,
    checkoutV2Enabled: flag === "true",
    sessionSecret: sessionSecret!,
  };
  // One line that says what this instance runs with: the first thing to read when a deploy
  // behaves differently from the last one.
  log.info("config loaded", {
    ...config,
    databaseUrl: redactPassword(config.databaseUrl),
    sessionSecret: REDACTED,
  });
  return config;
}

/** postgres://user:secret@host/db -> postgres://user:[redacted]@host/db */
function redactPassword(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/, `$1${REDACTED}@`);
}
