// Every setting Pillars reads, validated once at start-up. The README's configuration table
// lists the same variables; keep the two in step.
import { z } from "zod";

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const bool = z.enum(["true", "false"], "must be true or false").transform((v) => v === "true");

export const envSchema = z.object({
  PORT: int(1, 65535).default(3000),
  PILLARS_HOST: z.string().min(1, "must not be empty").default("0.0.0.0"),
  PILLARS_DATA_DIR: z.string().min(1, "must not be empty").default("data"),
  /** Read by lib/content itself (it loads before any registry); checked here with the rest. */
  PILLARS_LESSONS_DIR: z.string().min(1, "must not be empty").optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")
    .optional(),
  PILLARS_LOG_LEVEL: z
    .enum(
      ["fatal", "error", "warn", "info", "debug", "trace", "silent"],
      "must be one of fatal, error, warn, info, debug, trace, silent",
    )
    .default("info"),
  PILLARS_SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(10_000),
  PILLARS_API_BODY_LIMIT_BYTES: int(1024, 16 * 1024 * 1024).default(1024 * 1024),
  PILLARS_SANDBOX_POOL_SIZE: int(1, 64).default(2),
  PILLARS_GRADING_QUEUE_SIZE: int(0, 10_000).default(32),
  PILLARS_RUN_RATE_PER_MINUTE: int(1, 100_000).default(30),
  PILLARS_RUN_RATE_BURST: int(1, 100_000).default(10),
  PILLARS_TRUST_PROXY: bool.default(false),
  /** Signs session cookies. Required with DATABASE_URL (instances share it); else one is kept in the data dir. */
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The site's public origin (https://pillars.example): cookies are Secure when it is https. */
  BETTER_AUTH_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+$/, "must be an origin like https://pillars.example")
    .optional(),
});

export type Env = z.output<typeof envSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; message: string };

/**
 * Parses settings from `source`. Empty strings count as unset, so `PORT= npm start` means the
 * default. On failure, `message` is one line naming every bad variable; values are never
 * echoed, since some (DATABASE_URL) carry passwords.
 */
export function parseEnv(source: Record<string, string | undefined>): EnvResult {
  const present: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value !== "") present[key] = value;
  }
  const result = envSchema.safeParse(present);
  if (result.success) return { ok: true, env: result.data };
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  return { ok: false, message: `pillars: invalid environment: ${problems.join("; ")}` };
}

/** For processes that cannot run without valid settings: one line on stderr, exit 1. */
export function loadEnvOrExit(source: Record<string, string | undefined> = process.env): Env {
  const result = parseEnv(source);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
  return result.env;
}
