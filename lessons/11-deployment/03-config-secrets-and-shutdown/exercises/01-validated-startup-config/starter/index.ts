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

export function loadConfig(env: Record<string, string | undefined>): Config {
  // TODO: validate every variable (see the README for the rules), collect the problems,
  //       and throw one ConfigError listing all of them. Treat "" as unset.
  // TODO: never put the value of DATABASE_URL or SESSION_SECRET in an error message.
  const config: Config = {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL ?? "",
    logLevel: (env.LOG_LEVEL ?? "info") as LogLevel,
    requestTimeoutMs: Number(env.REQUEST_TIMEOUT_MS ?? 5000),
    checkoutV2Enabled: Boolean(env.CHECKOUT_V2_ENABLED),
    sessionSecret: env.SESSION_SECRET ?? "",
  };
  // TODO: redact the session secret and the database password in this summary.
  log.info("config loaded", { ...config });
  return config;
}
