// Runs inside the isolate: the `world` tests import from "@pillars/test". Same shape as the
// learner's world plus inspection and fault-injection ops, made with caller "test" so that the
// host allows them (and keeps them out of the learner's trace).

import { makeCache, makeClock, makeDb, makeLog, makeQueue, lowerKeys, parseUrl } from "./world.js";
import { toPlain } from "./copy.js";

function patternSpec(pattern) {
  return pattern instanceof RegExp
    ? { source: pattern.source, flags: pattern.flags }
    : String(pattern);
}

export function makeTestWorld(io, routes, calls) {
  const sync = (module, op, args) => io.callSync(module, op, args);
  const db = makeDb(io, "test");
  db.queryCount = () => sync("db", "queryCount", []);
  db.queries = () => sync("db", "queries", []);
  db.resetCounters = () => sync("db", "resetCounters", []);
  db.explain = (sql, params) => io.call("db", "explain", [sql, params ?? []], "test");
  db.failOn = (pattern, message, times) =>
    sync("db", "failOn", [patternSpec(pattern), message, times]);

  const cache = makeCache(io, "test");
  cache.stats = () => sync("cache", "stats", []);
  cache.resetStats = () => sync("cache", "resetStats", []);
  cache.failNext = (times, message) => sync("cache", "failNext", [times, message]);

  const queue = makeQueue(io, "test");
  queue.peek = (name) => io.call("queue", "peek", [name], "test");
  queue.deadLetters = (name) => io.call("queue", "deadLetters", [name], "test");
  queue.configure = (name, options) => sync("queue", "configure", [name, options ?? {}]);
  queue.duplicateNext = (name) => sync("queue", "duplicateNext", [name]);

  const clock = makeClock(io);
  clock.advance = (ms) => io.sleep(ms);

  const http = {
    async request(handler, req) {
      if (typeof handler !== "function")
        throw new TypeError("world.http.request: the handler is not a function");
      const method = String(req.method).toUpperCase();
      const { path, query } = parseUrl(req.path);
      const request = {
        method,
        path,
        query: { ...query, ...(req.query ?? {}) },
        headers: lowerKeys(req.headers),
        body: req.body === undefined ? undefined : JSON.parse(JSON.stringify(req.body)),
      };
      const start = io.now();
      let response;
      try {
        response = await handler(request);
      } finally {
        io.span("http", method, req.path, start, io.now() - start);
      }
      // The test gets a detached copy: later learner mutations cannot change what it checks.
      const copy = toPlain(response);
      if (copy === null || typeof copy !== "object")
        throw new TypeError("the handler did not return a response object");
      return copy;
    },
    route(method, url, respond) {
      routes.set(`${String(method).toUpperCase()} ${parseUrl(url).base}`, respond);
    },
    calls: () => calls.map((call) => ({ ...call })),
  };

  return {
    db,
    cache,
    queue,
    clock,
    http,
    log: makeLog(io),
    trace: () => sync("run", "trace", []),
    logs: () => sync("run", "logs", []),
  };
}
