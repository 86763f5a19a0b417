import { http } from "@pillars/world";
import type { FetchResponse, HttpRequest, HttpResponse } from "@pillars/world";

export type Strategy = "round-robin" | "least-connections";

export interface LoadBalancer {
  /** Forwards one request to a backend and answers with the backend's response. */
  handle(req: HttpRequest): Promise<HttpResponse>;
  /** Calls `GET <backend>/health` on every backend and marks each up or down. */
  checkHealth(): Promise<void>;
  /** Requests each backend is serving right now, keyed by backend URL. */
  inFlight(): Record<string, number>;
}

// Repeating these changes nothing the first attempt did not already change, so a request
// that failed on one server can safely be sent to another. A POST may have created an
// order before the connection dropped: sending it again could create a second one.
const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

interface Backend {
  url: string;
  healthy: boolean;
  inFlight: number;
}

export function createLoadBalancer(urls: string[], strategy: Strategy): LoadBalancer {
  const backends: Backend[] = urls.map((url) => ({ url, healthy: true, inFlight: 0 }));
  let next = 0; // round robin: where the rotation continues

  function pick(exclude: Set<Backend>): Backend | undefined {
    const candidates = backends.filter((b) => b.healthy && !exclude.has(b));
    if (candidates.length === 0) return undefined;
    if (strategy === "least-connections") {
      // Fewest requests in flight wins; ties go to the earlier backend in the list.
      return candidates.reduce((best, b) => (b.inFlight < best.inFlight ? b : best));
    }
    // Walk the rotation from where it stopped, skipping down or already tried backends.
    for (let i = 0; i < backends.length; i++) {
      const b = backends[(next + i) % backends.length];
      if (candidates.includes(b)) {
        next = (backends.indexOf(b) + 1) % backends.length;
        return b;
      }
    }
    return undefined;
  }

  async function forward(b: Backend, req: HttpRequest): Promise<FetchResponse> {
    const qs = new URLSearchParams(req.query).toString();
    b.inFlight++;
    try {
      return await http.fetch(`${b.url}${req.path}${qs ? `?${qs}` : ""}`, {
        method: req.method,
        headers: req.headers,
        body: req.body,
      });
    } finally {
      // finally: a request that failed is no longer in flight either.
      b.inFlight--;
    }
  }

  async function handle(req: HttpRequest): Promise<HttpResponse> {
    const retryable = IDEMPOTENT.has(req.method.toUpperCase());
    const tried = new Set<Backend>();
    for (;;) {
      const backend = pick(tried);
      if (!backend) {
        return tried.size === 0
          ? { status: 503, body: { error: "no healthy backend" } }
          : { status: 502, body: { error: "bad gateway" } };
      }
      tried.add(backend);
      let res: FetchResponse;
      try {
        res = await forward(backend, req);
      } catch {
        if (retryable) continue; // connection failed: another server may do it
        return { status: 502, body: { error: "bad gateway" } };
      }
      // A 503 means "I did not do it, ask someone else": safe to move on for idempotent requests.
      if (res.status === 503 && retryable) continue;
      return { status: res.status, headers: res.headers, body: await readBody(res) };
    }
  }

  async function checkHealth(): Promise<void> {
    // All at once: one slow backend must not delay the verdict on the others.
    await Promise.all(
      backends.map(async (b) => {
        try {
          const res = await http.fetch(`${b.url}/health`);
          b.healthy = res.ok;
        } catch {
          b.healthy = false;
        }
      }),
    );
  }

  function inFlight(): Record<string, number> {
    return Object.fromEntries(backends.map((b) => [b.url, b.inFlight]));
  }

  return { handle, checkHealth, inFlight };
}

async function readBody(res: FetchResponse): Promise<unknown> {
  const text = await res.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
