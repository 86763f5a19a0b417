import { spawn } from "node:child_process";
import { Agent, createServer, request } from "node:http";
import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { trackRequests } from "./shutdown.ts";

/** A GET over a new connection, resolving with the status and body. */
function get(
  port: number,
  path: string,
  agent: Agent | false = false,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

async function slowServer() {
  const pending: ServerResponse[] = [];
  server = createServer((_req, res) => {
    res.writeHead(200);
    res.write("started;");
    pending.push(res);
  });
  server.keepAliveTimeout = 60_000;
  const tracked = trackRequests(server);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { tracked, pending, port: (server.address() as AddressInfo).port };
}

async function until(check: () => boolean) {
  while (!check()) await new Promise((r) => setImmediate(r));
}

describe("trackRequests().drain", () => {
  it("refuses new connections, lets the in-flight request finish, then resolves", async () => {
    const { tracked, pending, port } = await slowServer();
    // A kept-alive connection must not hold the drain open for the keep-alive timeout (60 s).
    const keepAlive = new Agent({ keepAlive: true });
    const inFlight = get(port, "/", keepAlive);
    await until(() => pending.length === 1);
    expect(tracked.inFlight()).toBe(1);
    const drained = tracked.drain(60_000);
    await expect(get(port, "/")).rejects.toMatchObject({ code: "ECONNREFUSED" });
    pending[0]!.end("finished");
    expect(await inFlight).toEqual({ status: 200, body: "started;finished" });
    expect(await drained).toEqual({ forced: false });
    keepAlive.destroy();
  });

  it("cuts requests off at the bound and says so", async () => {
    const { tracked, pending, port } = await slowServer();
    const inFlight = get(port, "/");
    await until(() => pending.length === 1);
    expect(await tracked.drain(50)).toEqual({ forced: true });
    await expect(inFlight).rejects.toThrow();
  });
});

describe("exitGracefullyOnSignals, in a real process", () => {
  it("on SIGTERM finishes the in-flight request, releases resources and exits 0", async () => {
    const child = spawn(process.execPath, [join(import.meta.dirname, "shutdown.fixture.ts")], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines: Array<Record<string, unknown>> = [];
    const exited = new Promise<number | null>((resolve) =>
      child.once("exit", (code) => resolve(code)),
    );
    const port = await new Promise<number>((resolve) => {
      createInterface({ input: child.stdout! }).on("line", (line) => {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        lines.push(parsed);
        if (typeof parsed.port === "number") resolve(parsed.port);
      });
    });

    const body = new Promise<string>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path: "/slow", agent: false }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
          // The request is in flight: now signal.
          if (text === "started;") child.kill("SIGTERM");
        });
        res.on("end", () => resolve(text));
      });
      req.on("error", reject);
      req.end();
    });

    expect(await body).toBe("started;finished");
    expect(await exited).toBe(0);
    const messages = lines.map((l) => l.msg);
    expect(messages).toEqual(
      expect.arrayContaining(["shutdown: draining", "released", "shutdown: done"]),
    );
    expect(messages.indexOf("released")).toBeLessThan(messages.indexOf("shutdown: done"));
  });
});
