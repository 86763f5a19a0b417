// A pino logger whose lines tests can read (parsed), for asserting what was and was not logged.
import { createLogger } from "../observability/logger.ts";
import type { Logger } from "../observability/logger.ts";

export interface CapturedLogger {
  logger: Logger;
  lines: Array<Record<string, unknown>>;
}

export function captureLogger(): CapturedLogger {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger("debug", {
    write: (chunk: string) => {
      lines.push(JSON.parse(chunk) as Record<string, unknown>);
    },
  });
  return { logger, lines };
}
