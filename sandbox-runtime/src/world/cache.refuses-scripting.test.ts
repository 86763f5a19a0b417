// ioredis-mock runs Lua unsandboxed (fengari) and offers defineCommand, MULTI and server
// commands: none of them exists here; only the commands of types/world.d.ts answer.
import { expect, it } from "vitest";
import { createCache } from "./cache.ts";
import { manualClock, TEST_LIMITS } from "./test-helpers.ts";

it("refuses scripting commands", () => {
  const cache = createCache({ limits: TEST_LIMITS, deps: manualClock() });
  for (const op of ["eval", "evalsha", "script", "function", "fcall", "defineCommand"]) {
    expect(() => cache.call(op, ["return redis.call('flushall')", 0], "learner")).toThrow(
      /scripting is disabled/,
    );
    expect(() => cache.call(op, ["return 1", 0], "test")).toThrow(/scripting is disabled/);
  }
});

it("refuses transactions, pipelines and server commands", () => {
  const cache = createCache({ limits: TEST_LIMITS, deps: manualClock() });
  for (const op of [
    "multi",
    "exec",
    "pipeline",
    "config",
    "debug",
    "module",
    "flushall",
    "flushdb",
    "shutdown",
    "monitor",
    "subscribe",
    "connect",
    "disconnect",
    "duplicate",
  ]) {
    expect(() => cache.call(op, [], "learner"), op).toThrow(
      `cache.${op} is not available in this cache`,
    );
  }
});
