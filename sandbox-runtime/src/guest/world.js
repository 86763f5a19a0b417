// Runs inside the isolate: the world objects learner code and tests see. Every method turns
// into a call of the captured host callback through `io` (see main.js); none of them hands
// the guest anything but copies. The objects are frozen by the prelude before learner code runs.

import { formatArgs } from "./format.js";
import { makeDb } from "./db.js";
import { makeCrypto } from "./crypto.js";

/** Cache commands the learner may use (world.d.ts); the host module enforces its own allowlist too. */
const CACHE_COMMANDS = [
  "get",
  "set",
  "setex",
  "setnx",
  "mget",
  "mset",
  "del",
  "exists",
  "expire",
  "pexpire",
  "ttl",
  "pttl",
  "persist",
  "incr",
  "incrby",
  "decr",
  "decrby",
  "hget",
  "hset",
  "hgetall",
  "hdel",
  "hincrby",
  "lpush",
  "rpush",
  "lpop",
  "rpop",
  "lrange",
  "llen",
  "ltrim",
  "sadd",
  "srem",
  "smembers",
  "sismember",
  "scard",
  "zadd",
  "zrem",
  "zscore",
  "zcard",
  "zrange",
  "zrangebyscore",
  "zremrangebyscore",
  "keys",
];
const LOG_LEVELS = ["debug", "info", "warn", "error"];

function makeCache(io, caller) {
  const cache = {};
  for (const command of CACHE_COMMANDS)
    cache[command] = (...args) => io.call("cache", command, args, caller);
  return cache;
}

function makeQueue(io, caller) {
  return {
    send: (queue, body, options) => io.call("queue", "send", [queue, body, options ?? {}], caller),
    receive: (queue, options) => io.call("queue", "receive", [queue, options ?? {}], caller),
    ack: (queue, id) => io.call("queue", "ack", [queue, id], caller),
    nack: (queue, id, options) => io.call("queue", "nack", [queue, id, options ?? {}], caller),
    size: (queue) => io.call("queue", "size", [queue], caller),
  };
}

function makeClock(io) {
  return {
    now: () => io.now(),
    sleep: (ms) => io.sleep(ms),
    setTimeout: (fn, ms, ...args) => io.timer(fn, ms, args, false),
    clearTimeout: (id) => io.cancel(id),
    setInterval: (fn, ms, ...args) => io.timer(fn, ms, args, true),
    clearInterval: (id) => io.cancel(id),
  };
}

/** Splits "https://host/path?a=1" into the route key and the parsed query. */
export function parseUrl(url) {
  const text = String(url);
  const hash = text.indexOf("#");
  const bare = hash === -1 ? text : text.slice(0, hash);
  const q = bare.indexOf("?");
  const base = q === -1 ? bare : bare.slice(0, q);
  const query = {};
  if (q !== -1) {
    for (const pair of bare.slice(q + 1).split("&")) {
      if (pair === "") continue;
      const eq = pair.indexOf("=");
      const key = decodeURIComponent(eq === -1 ? pair : pair.slice(0, eq));
      Object.defineProperty(query, key, {
        value: eq === -1 ? "" : decodeURIComponent(pair.slice(eq + 1)),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  const path = base.replace(/^[a-z]+:\/\/[^/]*/i, "") || "/";
  return { base, path, query };
}

function lowerKeys(headers) {
  const out = {};
  for (const key of Object.keys(headers ?? {})) out[key.toLowerCase()] = String(headers[key]);
  return out;
}

function makeHttp(io, routes, calls) {
  return {
    async fetch(url, init = {}) {
      const method = String(init.method ?? "GET").toUpperCase();
      const { base, path, query } = parseUrl(url);
      const headers = lowerKeys(init.headers);
      const body =
        typeof init.body === "string"
          ? tryJson(init.body)
          : (JSON.parse(JSON.stringify(init.body ?? null)) ?? undefined);
      calls.push({ method, url: String(url), body });
      await io.call("http", "fetch", [method, String(url)], "learner");
      const respond = routes.get(`${method} ${base}`);
      if (!respond)
        throw new TypeError(`fetch failed: no simulated service answers ${method} ${base}`);
      const res = await respond({ method, path, query, headers, body });
      const status = Number(res?.status ?? 200);
      const text =
        typeof res?.body === "string"
          ? res.body
          : res?.body === undefined
            ? ""
            : JSON.stringify(res.body);
      return Object.freeze({
        status,
        ok: status >= 200 && status < 300,
        headers: lowerKeys(res?.headers),
        json: async () => JSON.parse(text),
        text: async () => text,
      });
    },
  };
}

function tryJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function makeLog(io) {
  const log = {};
  for (const level of LOG_LEVELS) {
    log[level] = (message, fields) => {
      let line;
      try {
        line = JSON.stringify({ level, msg: String(message), ...(fields ?? {}) });
      } catch {
        line = JSON.stringify({ level, msg: String(message), fields: "[unserializable]" });
      }
      io.log(level, line);
    };
  }
  return log;
}

export function makeConsole(io) {
  const console = {};
  for (const level of ["log", "info", "warn", "error", "debug"]) {
    console[level] = (...args) => io.log(level, formatArgs(args, io.outputBudget()));
  }
  return console;
}

/** The learner's `@pillars/world`. */
export function makeLearnerWorld(io, routes, calls) {
  return {
    db: makeDb(io, "learner"),
    cache: makeCache(io, "learner"),
    queue: makeQueue(io, "learner"),
    clock: makeClock(io),
    http: makeHttp(io, routes, calls),
    log: makeLog(io),
    crypto: makeCrypto(),
  };
}

export { makeDb, makeCache, makeQueue, makeClock, makeLog, lowerKeys };
