import { clock, type Handler, type HttpRequest, type HttpResponse } from "@pillars/world";

/** How long shutdown waits for in-flight requests before it gives up on them. */
export const DRAIN_TIMEOUT_MS = 10_000;

/** Something the server must close when it stops: a queue consumer, a database pool. */
export interface Resource {
  name: string;
  close(): Promise<void>;
}

export interface ShutdownReport {
  /** true if every in-flight request finished before the deadline. */
  drained: boolean;
  /** Requests still running when the deadline passed. */
  abandoned: number;
}

export interface Server {
  handle(req: HttpRequest): Promise<HttpResponse>;
  shutdown(): Promise<ShutdownReport>;
}

export function createServer(
  handler: Handler,
  resources: Resource[],
  drainTimeoutMs: number = DRAIN_TIMEOUT_MS,
): Server {
  async function handle(req: HttpRequest): Promise<HttpResponse> {
    // TODO: once shutdown has started, answer 503 with a `connection: close` header
    //       instead of calling the handler.
    // TODO: keep track of the requests in flight, including the ones that throw.
    return handler(req);
  }

  async function shutdown(): Promise<ShutdownReport> {
    // TODO: stop accepting requests, then wait until the in-flight requests have finished
    //       or `drainTimeoutMs` virtual ms have passed (clock.setTimeout), whichever is first.
    // TODO: a second call must not close anything twice.
    void clock;
    void drainTimeoutMs;
    // This is what a process that exits on SIGTERM does: close everything at once, while
    // requests are still using the database.
    await Promise.all(resources.map((resource) => resource.close()));
    return { drained: true, abandoned: 0 };
  }

  return { handle, shutdown };
}
