// Not a test: a plain HTTP server wired with the same shutdown as server.ts, which
// shutdown.test.ts runs as a child process and signals. GET /slow answers only after the
// process has received SIGTERM, so the drain provably waits for it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createLogger } from "../observability/logger.ts";
import { exitGracefullyOnSignals, trackRequests } from "./shutdown.ts";

const server = createServer((req, res) => {
  if (req.url !== "/slow") {
    res.end("fast");
    return;
  }
  res.writeHead(200, { "content-type": "text/plain" });
  res.write("started;");
  process.once("SIGTERM", () => setTimeout(() => res.end("finished"), 50));
});
exitGracefullyOnSignals({
  server: trackRequests(server),
  drainTimeoutMs: Number(process.env.DRAIN_MS ?? 20_000),
  logger: createLogger("info"),
  release: async () => {
    console.log(JSON.stringify({ msg: "released" }));
  },
});
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
