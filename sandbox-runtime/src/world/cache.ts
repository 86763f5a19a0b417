// The learner's cache: the ioredis API over a synchronous keyspace with Redis semantics, fresh
// per run. Only the commands of types/world.d.ts exist (no scripting, transactions, server or
// config commands). Arguments are capped in number, size and glob complexity; memory is capped
// at limits.cacheBytes like Redis's maxmemory with noeviction. Test-only: stats, resetStats,
// failNext. See docs/decisions/004-cache.md for why this is not ioredis-mock itself.
import { expectInteger, expectString, isPlainObject, truncateForTrace } from "./args.ts";
import { HASH_LIST_COMMANDS } from "./cache-hashes-lists.ts";
import { SET_COMMANDS } from "./cache-sets.ts";
import { Keyspace } from "./cache-store.ts";
import { STRING_COMMANDS } from "./cache-strings.ts";
import { LATENCY } from "./latency.ts";
import type { Fixtures, Limits } from "../types.ts";
import { WorldError, type CallOutcome, type HostModule, type WorldDeps } from "./types.ts";

export const CACHE_MAX_KEY_CHARS = 1024;
export const CACHE_MAX_VALUE_CHARS = 512 * 1024;
export const CACHE_MAX_ARGS = 1024;
/** All arguments of one command together. */
export const CACHE_MAX_COMMAND_CHARS = 1024 * 1024;
export const OOM = "OOM command not allowed when used memory > 'maxmemory'.";

const COMMANDS = new Map(
  Object.entries({ ...STRING_COMMANDS, ...HASH_LIST_COMMANDS, ...SET_COMMANDS }),
);
const MULTI_KEY = new Set(["mget", "del", "exists"]);
const SCRIPTING = new Set(["eval", "evalsha", "script", "function", "fcall", "definecommand"]);

/** ioredis sends every argument as a string; hset also takes an object of fields. */
function normalize(op: string, args: unknown[]): string[] {
  if (args.length > CACHE_MAX_ARGS)
    throw new WorldError(`cache.${op}: more than ${CACHE_MAX_ARGS} arguments`);
  let list = args;
  if (op === "hset" && args.length === 2 && isPlainObject(args[1])) {
    const fields = args[1];
    list = [
      args[0],
      ...Object.keys(fields).flatMap((f) => [f, Object.hasOwn(fields, f) ? fields[f] : undefined]),
    ];
    if (list.length > CACHE_MAX_ARGS)
      throw new WorldError(`cache.hset: more than ${CACHE_MAX_ARGS} fields`);
  }
  let total = 0;
  const out = list.map((arg, i) => {
    const what = `cache.${op}: argument ${i + 1}`;
    if (typeof arg === "number") {
      if (!Number.isFinite(arg)) throw new WorldError(`${what} must be a finite number`);
      arg = String(arg);
    }
    const isKey = i === 0 || MULTI_KEY.has(op) || (op === "mset" && i % 2 === 0);
    const s = expectString(
      arg,
      `${what} (string or number)`,
      isKey ? CACHE_MAX_KEY_CHARS : CACHE_MAX_VALUE_CHARS,
    );
    total += s.length;
    return s;
  });
  if (total > CACHE_MAX_COMMAND_CHARS)
    throw new WorldError(`cache.${op}: the command is too large`);
  return out;
}

function seedKeyspace(ks: Keyspace, seed: Fixtures["cache"]): void {
  for (const key of Object.keys(seed ?? {})) {
    const entry = seed![key];
    if (typeof entry === "string") ks.setString(key, entry, null);
    else if (isPlainObject(entry) && typeof entry.value === "string") {
      const ttl = entry.ttlMs;
      ks.setString(key, entry.value, typeof ttl === "number" && ttl > 0 ? ks.now() + ttl : null);
    } else throw new Error(`fixtures.cache["${key}"] must be a string or { value, ttlMs }`);
  }
}

export function createCache(opts: {
  seed?: Fixtures["cache"];
  limits: Limits;
  deps: WorldDeps;
}): HostModule {
  const ks = new Keyspace(() => opts.deps.now());
  seedKeyspace(ks, opts.seed);
  const stats = { hits: 0, misses: 0, commands: 0 };
  let failures = { remaining: 0, message: "" };
  let closed = false;

  function testOp(op: string, args: unknown[]): CallOutcome | null {
    const done = (value: unknown): CallOutcome => ({ value, latencyMs: 0, detail: op });
    if (op === "stats") return done({ ...stats });
    if (op === "resetStats")
      return done((Object.assign(stats, { hits: 0, misses: 0, commands: 0 }), undefined));
    if (op === "failNext") {
      const times =
        args[0] === undefined ? 1 : expectInteger(args[0], "cache.failNext: times", 1, 1_000_000);
      const message =
        args[1] === undefined
          ? "Connection is closed."
          : expectString(args[1], "cache.failNext: message", 500);
      failures = { remaining: times, message };
      return done(undefined);
    }
    return null;
  }

  return {
    call(op, rawArgs, caller) {
      if (closed) throw new WorldError("Connection is closed.");
      if (!Array.isArray(rawArgs)) throw new WorldError("cache: arguments must be an array");
      const name = String(op).slice(0, 40);
      if (caller === "test") {
        const outcome = testOp(name, rawArgs);
        if (outcome) return outcome;
      }
      const command = COMMANDS.get(name);
      if (!command) {
        if (SCRIPTING.has(name.toLowerCase()))
          throw new WorldError(`cache.${name}: scripting is disabled`);
        throw new WorldError(`cache.${name} is not available in this cache`);
      }
      if (caller === "learner") {
        stats.commands++;
        if (failures.remaining > 0) {
          failures.remaining--;
          throw new WorldError(failures.message);
        }
      }
      const args = normalize(name, rawArgs);
      if (args.length < command.min || args.length > command.max) {
        throw new WorldError(`ERR wrong number of arguments for '${name}' command`);
      }
      if (command.grows) {
        const incoming = args.reduce((n, a) => n + a.length, 0);
        if (ks.usedBytes + incoming > opts.limits.cacheBytes) ks.purgeExpired();
        if (ks.usedBytes + incoming > opts.limits.cacheBytes) throw new WorldError(OOM);
      }
      const value = command.run(ks, args);
      if (caller === "learner" && command.lookups) {
        const { hits, misses } = command.lookups(args, value);
        stats.hits += hits;
        stats.misses += misses;
      }
      const keys = MULTI_KEY.has(name)
        ? args
        : name === "mset"
          ? args.filter((_, i) => i % 2 === 0)
          : args.slice(0, 1);
      return {
        value,
        latencyMs: LATENCY.cache,
        detail: truncateForTrace(`${name.toUpperCase()} ${keys.join(" ")}`),
      };
    },
    close() {
      closed = true;
    },
  };
}
