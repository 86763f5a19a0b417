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

interface Backend {
  url: string;
  healthy: boolean;
  inFlight: number;
}

export function createLoadBalancer(urls: string[], strategy: Strategy): LoadBalancer {
  const backends: Backend[] = urls.map((url) => ({ url, healthy: true, inFlight: 0 }));
  let next = 0;

  function pick(): Backend {
    // TODO: "least-connections" picks the backend with the fewest requests in flight.
    // TODO: skip backends that failed their last health check (and, when retrying,
    //       the ones this request already tried).
    void strategy;
    const backend = backends[next];
    next = (next + 1) % backends.length;
    return backend;
  }

  async function handle(req: HttpRequest): Promise<HttpResponse> {
    const backend = pick();
    // TODO: count the request in backend.inFlight while it runs, failures included.
    // TODO: a GET, HEAD, PUT, DELETE or OPTIONS that fails (fetch rejects or answers 503)
    //       goes to another backend; a POST is never sent twice (502 if its fetch rejects).
    // TODO: 503 when no backend is healthy, 502 when every attempt failed.
    const res = await http.fetch(`${backend.url}${req.path}`, {
      method: req.method,
      headers: req.headers,
      body: req.body,
    });
    return { status: res.status, headers: res.headers, body: await readBody(res) };
  }

  async function checkHealth(): Promise<void> {
    // TODO: GET <url>/health on every backend; healthy only if it answers 2xx.
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
