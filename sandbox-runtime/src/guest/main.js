// The trusted prelude's entry. `start()` runs in each fresh isolate before any learner code:
// it removes its own global, captures the host callback into this closure, points the world
// and the harness (built once, at the top level, in the snapshot) at it, installs the console,
// virtual timers and Date, locks the intrinsics down (prepare), and returns the control object
// only the host holds (as a Reference). After start() nothing here is reachable from
// globalThis.

import { lockdown } from "./lockdown.js";
import { installRandom } from "./random.js";
import { makeClock, makeConsole, makeLearnerWorld } from "./world.js";
import { makeTestWorld } from "./test-world.js";
import { makeHarness } from "./harness.js";
import { describeError } from "./copy.js";
import { TextEncoder, TextDecoder, atob, btoa } from "./encoding.js";
import { URL, URLSearchParams } from "./url.js";
import { structuredClone } from "./clone.js";
import { Bytes } from "./crypto.js";

function toDelay(ms) {
  const n = Number(ms);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function deepFreeze(value, seen = new Set()) {
  if (
    (typeof value !== "object" && typeof value !== "function") ||
    value === null ||
    seen.has(value)
  )
    return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze(value[key], seen);
  return Object.freeze(value);
}

/** The global that carries this module into a snapshot; start() deletes it. */
export const GLOBAL_NAME = "__pillars";

/**
 * The run's io, set by start(). Everything built at this module's top level (the worlds, the
 * harness, the console, the timers) reaches the host only through `port`, which forwards to
 * it: so they are built and frozen once, in the snapshot, instead of in every run. Each run's
 * isolate deserializes its own copy of them, so no state is shared between runs. They are
 * our own plain objects and closures, never an intrinsic (freezing one of those in the
 * snapshot is fatal, see test/unit.snapshot.test.ts).
 */
let active = null;
const port = {
  now: () => active.now(),
  outputBudget: () => active.outputBudget(),
  log: (level, message) => active.log(level, message),
  sleep: (ms) => active.sleep(ms),
  timer: (fn, ms, args, repeat) => active.timer(fn, ms, args, repeat),
  cancel: (id) => active.cancel(id),
  call: (module, op, args, caller) => active.call(module, op, args, caller),
  callSync: (module, op, args) => active.callSync(module, op, args),
  span: (kind, op, detail, startMs, durationMs) =>
    active.span(kind, op, detail, startMs, durationMs),
  assert: (payload) => active.assert(payload),
  done: (index, error) => active.done(index, error),
};

/** What `http.route` registers and `http.fetch` records: per isolate, so per run. */
const routes = new Map();
const calls = [];
const learnerWorld = deepFreeze(makeLearnerWorld(port, routes, calls));
const testWorld = deepFreeze(makeTestWorld(port, routes, calls));
const harness = makeHarness(port);
const testApi = deepFreeze({ ...harness.api, world: testWorld });
const clock = makeClock(port);
const frozenConsole = deepFreeze(makeConsole(port));

function prepare() {
  const g = globalThis;
  g.console = frozenConsole;
  g.setTimeout = clock.setTimeout;
  g.clearTimeout = clock.clearTimeout;
  g.setInterval = clock.setInterval;
  g.clearInterval = clock.clearInterval;
  g.queueMicrotask = (fn) => {
    if (typeof fn !== "function") throw new TypeError("The callback must be a function");
    void Promise.resolve().then(fn);
  };
  // Standard globals learners expect (types/globals.d.ts); pure JS, frozen by lockdown below.
  Object.assign(g, { TextEncoder, TextDecoder, atob, btoa, URL, URLSearchParams, structuredClone });
  installRandom(g);
  lockdown(g, port.now, [GLOBAL_NAME]);
  // Not a global, so lockdown does not see it; tests rely on its methods too.
  Object.freeze(Bytes.prototype);
  Object.freeze(Bytes);
}

export function start(hostCall, config) {
  delete globalThis[GLOBAL_NAME];
  let now = config.clockStart;
  let outputLeft = config.outputBytes;
  /** ticket -> { resolve, reject } for world calls and sleeps, or a timer entry. */
  const pending = new Map();
  /** timer id (what setTimeout returned) -> its current ticket (intervals get a new one each time). */
  const timers = new Map();

  const io = {
    now: () => now,
    outputBudget: () => Math.max(outputLeft, 0) + 1,
    call(module, op, args, caller) {
      let ticket;
      try {
        ticket = hostCall("call", { module, op, args, caller });
      } catch (error) {
        return Promise.reject(new TypeError(`${module}.${op}: ${describeError(error)}`));
      }
      return new Promise((resolve, reject) => pending.set(ticket, { resolve, reject }));
    },
    callSync(module, op, args) {
      const result = hostCall("callSync", { module, op, args });
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
    sleep(ms) {
      const ticket = hostCall("timer", { ms: toDelay(ms) });
      return new Promise((resolve) => pending.set(ticket, { resolve, reject: resolve }));
    },
    timer(fn, ms, args, repeat) {
      if (typeof fn !== "function") throw new TypeError("The callback must be a function");
      const delay = toDelay(ms);
      const id = hostCall("timer", { ms: delay });
      timers.set(id, id);
      pending.set(id, { fire: fn, args, repeat, delay, id });
      return id;
    },
    cancel(id) {
      const ticket = timers.get(id);
      if (ticket === undefined) return;
      timers.delete(id);
      pending.delete(ticket);
      hostCall("cancel", { ticket });
    },
    log(level, message) {
      // Cut in the guest: a giant line never crosses the boundary whole.
      outputLeft = hostCall("log", {
        level,
        message: String(message).slice(0, Math.max(outputLeft, 0) + 1),
      });
    },
    span: (kind, op, detail, startMs, durationMs) =>
      hostCall("span", { kind, op, detail: String(detail), startMs, durationMs }),
    assert: (payload) => hostCall("assert", payload),
    done: (index, error) => hostCall("done", { index, error }),
  };

  active = io;
  prepare();

  function fire(entry) {
    if (entry.repeat) {
      const ticket = hostCall("timer", { ms: entry.delay });
      timers.set(entry.id, ticket);
      pending.set(ticket, entry);
    } else {
      timers.delete(entry.id);
    }
    try {
      entry.fire(...entry.args);
    } catch (error) {
      io.log("error", `Uncaught ${describeError(error)} (in a timer callback)`);
    }
  }

  let learnerExports;
  const learnerRequire = (name) => {
    if (name === "@pillars/world") return learnerWorld;
    throw new Error(`Cannot find module '${name}'`);
  };
  const testRequire = (name) => {
    if (name === "@pillars/test") return testApi;
    if (name === "@pillars/learner") return learnerExports;
    if (name === "@pillars/world") return learnerWorld;
    throw new Error(`Cannot find module '${name}'`);
  };

  return {
    settle(ticket, ok, value, time) {
      now = time;
      const entry = pending.get(ticket);
      if (entry === undefined) return;
      pending.delete(ticket);
      if (entry.fire) fire(entry);
      else if (ok) entry.resolve(value);
      else entry.reject(new Error(String(value)));
    },
    loadLearner(factory) {
      const mod = { exports: {} };
      factory(learnerRequire, mod, mod.exports);
      learnerExports = mod.exports;
    },
    loadTests(factory) {
      const mod = { exports: {} };
      factory(testRequire, mod, mod.exports);
      return harness.finishRegistration();
    },
    runTest: (index) => harness.runTest(index),
  };
}
