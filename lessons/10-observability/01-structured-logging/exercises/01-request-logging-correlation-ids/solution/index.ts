import {
  clock,
  http,
  log,
  type FetchInit,
  type FetchResponse,
  type Handler,
  type HttpRequest,
  type HttpResponse,
  type LogFields,
} from "@pillars/world";

export const REQUEST_ID_HEADER = "x-request-id";
export const REDACTED = "[REDACTED]";
export const PAYMENTS_URL = "https://payments.test/charges";

/** A key whose value never reaches a log line, however deep it sits in the fields. */
const SENSITIVE_KEY = /password|passwd|secret|token|authorization|cookie|api[-_]?key/i;
/**
 * What we accept as a caller's request id: short, and only characters that cannot break a log
 * line or a header. Anything else is replaced, so a client cannot inject fake log lines or
 * megabytes of text through the header.
 */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** What a wrapped handler gets besides the request. */
export interface RequestContext {
  requestId: string;
  logger: Logger;
  /** `http.fetch` that passes the request id on to the service it calls. */
  fetch(url: string, init?: FetchInit): Promise<FetchResponse>;
}
export type ContextHandler = (
  req: HttpRequest,
  ctx: RequestContext,
) => HttpResponse | Promise<HttpResponse>;

/** A copy of `value` with every sensitive key's value replaced, in nested objects and arrays too. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      copy[key] = SENSITIVE_KEY.test(key) ? REDACTED : redact(inner);
    }
    return copy;
  }
  return value;
}

/**
 * A logger whose every line carries `context` (e.g. the request id). Redaction happens here, in
 * the one place every line passes through, rather than at each call site: the call site is
 * where someone will one day log `req.headers` without thinking.
 */
export function createLogger(context: LogFields = {}): Logger {
  const write =
    (level: keyof Logger) =>
    (message: string, fields: LogFields = {}): void => {
      log[level](message, redact({ ...context, ...fields }) as LogFields);
    };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}

function requestIdOf(req: HttpRequest): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  // Reuse the caller's id so one search finds the request in every service it touched.
  return incoming !== undefined && VALID_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}

/**
 * Wraps a handler: picks the request id, hands the handler a logger and a fetch that carry it,
 * and writes exactly one access line per request, even when the handler throws.
 */
export function withRequestLogging(handle: ContextHandler): Handler {
  return async (req) => {
    const startedAt = clock.now();
    const requestId = requestIdOf(req);
    const logger = createLogger({ requestId });
    const fetch = (url: string, init: FetchInit = {}) =>
      http.fetch(url, { ...init, headers: { ...init.headers, [REQUEST_ID_HEADER]: requestId } });

    let response: HttpResponse;
    let error: string | undefined;
    try {
      response = await handle(req, { requestId, logger, fetch });
    } catch (err) {
      // The details go to our log, never to the client: a stack trace or SQL error in a
      // response tells an attacker how the service is built. The request id lets support
      // find this line from what the client saw.
      error = err instanceof Error ? err.message : String(err);
      response = { status: 500, body: { error: "internal_error", requestId } };
    }

    const fields = {
      method: req.method,
      path: req.path,
      status: response.status,
      durationMs: clock.now() - startedAt,
      ...(error === undefined ? {} : { error }),
    };
    if (response.status >= 500) logger.error("request failed", fields);
    else logger.info("request completed", fields);

    return { ...response, headers: { ...response.headers, [REQUEST_ID_HEADER]: requestId } };
  };
}

interface CheckoutBody {
  cartId?: unknown;
  paymentToken?: unknown;
}

/** The shop's checkout: charges the cart through the payment service. */
export const handler: Handler = withRequestLogging(async (req, { logger, fetch }) => {
  if (req.method !== "POST" || req.path !== "/checkout") {
    return { status: 404, body: { error: "not_found" } };
  }
  const body = (req.body ?? {}) as CheckoutBody;
  if (typeof body.cartId !== "string" || typeof body.paymentToken !== "string") {
    return { status: 400, body: { error: "cartId and paymentToken are required" } };
  }
  // Logging the whole request is handy when debugging, and safe only because the logger redacts.
  logger.info("checkout started", { headers: req.headers, body: req.body });

  const res = await fetch(PAYMENTS_URL, {
    method: "POST",
    body: { cartId: body.cartId, paymentToken: body.paymentToken },
  });
  if (!res.ok) {
    logger.warn("payment declined", { cartId: body.cartId, paymentStatus: res.status });
    return { status: 402, body: { error: "payment_declined" } };
  }
  const { chargeId } = await res.json<{ chargeId: string }>();
  logger.info("cart charged", { cartId: body.cartId, chargeId });
  return { status: 201, body: { cartId: body.cartId, chargeId } };
});
