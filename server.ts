// Minimal custom server; the platform work replaces this with logging, metrics and shutdown.
import { createServer } from "node:http";
import next from "next";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();
createServer((req, res) => handle(req, res)).listen(port, () => {
  console.log(`pillars: listening on http://localhost:${port}`);
});
