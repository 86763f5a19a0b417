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
  // Each request in flight, as a promise that settles (never rejects) when it ends.
  const inFlight = new Set<Promise<void>>();
  let stopping: Promise<ShutdownReport> | null = null;

  async function handle(req: HttpRequest): Promise<HttpResponse> {
    if (stopping) {
      // The load balancer may still route a few requests here before it notices we are
      // leaving. Refuse them quickly and tell the client not to reuse this connection, so
      // its retry opens a new one, to an instance that stays.
      return {
        status: 503,
        headers: { connection: "close", "retry-after": "1" },
        body: { error: "shutting_down" },
      };
    }
    let done = () => {};
    const tracked = new Promise<void>((resolve) => (done = resolve));
    inFlight.add(tracked);
    try {
      return await handler(req);
    } finally {
      // finally: a request that throws must leave the set too, or shutdown waits for it
      // until the deadline.
      inFlight.delete(tracked);
      done();
    }
  }

  async function drain(): Promise<ShutdownReport> {
    let timer = 0;
    const deadline = new Promise<"timeout">((resolve) => {
      timer = clock.setTimeout(() => resolve("timeout"), drainTimeoutMs);
    });
    const outcome = await Promise.race([
      Promise.all([...inFlight]).then(() => "drained" as const),
      deadline,
    ]);
    clock.clearTimeout(timer);
    const report = { drained: outcome === "drained", abandoned: inFlight.size };
    // Close last, one at a time and in the order given (stop taking jobs before closing
    // the database they write to). A failing close must not keep the others open.
    for (const resource of resources) {
      try {
        await resource.close();
      } catch {
        // Nothing more to do while exiting; the orchestrator only sees the exit.
      }
    }
    return report;
  }

  return {
    handle,
    // A second SIGTERM (or a second call) must not close everything twice.
    shutdown: () => (stopping ??= drain()),
  };
}
