import {
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

/** A logger whose every line carries `context` (e.g. the request id). */
export function createLogger(context: LogFields = {}): Logger {
  const write =
    (level: keyof Logger) =>
    (message: string, fields: LogFields = {}): void => {
      // TODO 1: replace the value of every key that looks like a secret (password, passwd,
      //         secret, token, authorization, cookie, api key) with REDACTED, in nested
      //         objects and arrays too, before the line is written.
      log[level](message, { ...context, ...fields });
    };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}

/** Wraps a handler with a request id, a logger that carries it, and one access line per request. */
export function withRequestLogging(handle: ContextHandler): Handler {
  return async (req) => {
    // TODO 2: reuse the caller's x-request-id when it is 1 to 128 characters of
    //         A-Z a-z 0-9 . _ : - and generate one with crypto.randomUUID() otherwise.
    const requestId = crypto.randomUUID();
    const logger = createLogger({ requestId });

    // TODO 3: pass the request id on: add the x-request-id header to every outgoing call.
    const fetch = (url: string, init?: FetchInit) => http.fetch(url, init);

    // TODO 4: time the request on the virtual clock, turn a handler that throws into a 500
    //         that reveals nothing, write ONE access line (method, path, status, durationMs;
    //         level error for 5xx, info otherwise) and send the id back in x-request-id.
    return handle(req, { requestId, logger, fetch });
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
