import { createServer } from "node:http";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Registry } from "prom-client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMetrics } from "../observability/metrics.ts";
import { captureLogger } from "../testing/capture-logger.ts";
import { instrument } from "./instrument.ts";
import type { NodeHandler } from "./instrument.ts";

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(handler: NodeHandler, trustProxy = false) {
  const captured = captureLogger();
  const metrics = createMetrics(new Registry());
  const seen: IncomingMessage[] = [];
  server = createServer(
    instrument(
      (req, res) => {
        seen.push(req);
        return handler(req, res);
      },
      {
        logger: captured.logger,
        metrics,
        trustProxy,
        routeOf: (url) => (url.startsWith("/items/") ? "/items/[id]" : "(unmatched)"),
      },
    ),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, captured, metrics, seen };
}

const ok: NodeHandler = (_req, res) => {
  res.statusCode = 201;
  res.end("ok");
};

describe("instrument", () => {
  it("logs one JSON line per request with method, route, status, duration and request id, no secrets", async () => {
    const { base, captured } = await serve(ok);
    const response = await fetch(`${base}/items/42?token=s3cret`, {
      headers: {
        cookie: "session=COOKIE_VALUE",
        authorization: "Bearer AUTH_VALUE",
        "x-request-id": "abc-1",
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toBe("abc-1");
    await vi.waitFor(() =>
      expect(captured.lines.filter((l) => l.msg === "request")).toHaveLength(1),
    );
    const line = captured.lines.find((l) => l.msg === "request")!;
    expect(line).toMatchObject({
      method: "GET",
      route: "/items/[id]",
      path: "/items/42",
      status: 201,
      requestId: "abc-1",
    });
    expect(typeof line.durationMs).toBe("number");
    const text = JSON.stringify(captured.lines);
    for (const secret of ["COOKIE_VALUE", "AUTH_VALUE", "s3cret"])
      expect(text).not.toContain(secret);
  });

  it("generates a request id when the incoming one is not sane, and hands it to the handler", async () => {
    const { base, seen } = await serve(ok);
    const response = await fetch(`${base}/`, { headers: { "x-request-id": "x".repeat(200) } });
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[0]?.headers["x-request-id"]).toBe(id);
  });

  it("records durations by route pattern and status, not by raw path", async () => {
    const { base, metrics } = await serve(ok);
    await fetch(`${base}/items/1`);
    await fetch(`${base}/items/2`);
    await vi.waitFor(async () =>
      expect(await metrics.registry.metrics()).toContain(
        'http_request_duration_seconds_count{method="GET",route="/items/[id]",status="201"} 2',
      ),
    );
    expect(await metrics.registry.metrics()).not.toContain("/items/1");
  });

  it("passes the socket address as the client address, overwriting any the caller sent", async () => {
    const { base, seen } = await serve(ok);
    await fetch(`${base}/`, {
      headers: { "x-pillars-client-ip": "6.6.6.6", "x-forwarded-for": "7.7.7.7" },
    });
    expect(seen[0]?.headers["x-pillars-client-ip"]).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, takes the address the proxy appended to X-Forwarded-For", async () => {
    const { base, seen } = await serve(ok, true);
    await fetch(`${base}/`, { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9" } });
    expect(seen[0]?.headers["x-pillars-client-ip"]).toBe("203.0.113.9");
  });

  it("answers 500 with the request id when the handler throws, and logs the error", async () => {
    const { base, captured } = await serve(() => {
      throw new Error("internal detail");
    });
    const response = await fetch(`${base}/`, { headers: { "x-request-id": "boom-1" } });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).toContain("boom-1");
    expect(body).not.toContain("internal detail");
    await vi.waitFor(() => expect(JSON.stringify(captured.lines)).toContain("internal detail"));
  });
});
