// Runs inside the isolate: the test API ("@pillars/test"). Tests register here while the test
// bundle loads; the host then starts them one at a time. Every matcher sends COPIES of the
// values to the host, which decides pass or fail and remembers it: a test passes only if the
// host saw it finish, saw at least one assertion and no failed one. Learner code cannot reach
// this module (it is neither importable by learner files nor on globalThis).

import { toPlain, describeError } from "./copy.js";

const MATCHERS = [
  "toBe",
  "toEqual",
  "toMatchObject",
  "toBeTruthy",
  "toBeFalsy",
  "toBeNull",
  "toBeUndefined",
  "toBeDefined",
  "toBeGreaterThan",
  "toBeGreaterThanOrEqual",
  "toBeLessThan",
  "toBeLessThanOrEqual",
  "toBeCloseTo",
  "toContain",
  "toHaveLength",
  "toHaveProperty",
  "toMatch",
];

class AssertionError extends Error {}
AssertionError.prototype.name = "AssertionError";

export function makeHarness(io) {
  const tests = [];
  const hooks = [];
  let registering = true;

  function assert(payload) {
    const outcome = io.assert(payload);
    if (!outcome.pass) throw new AssertionError(outcome.message);
  }

  function matchers(actual, label, negate) {
    const api = {};
    for (const name of MATCHERS) {
      api[name] = (...args) =>
        assert({
          matcher: name,
          negate,
          label: label === undefined ? null : String(label),
          actual: toPlain(actual),
          args: toPlain(args),
          // Facts only the guest can establish (identity, truthiness), computed with frozen intrinsics.
          facts: {
            type: typeof actual,
            truthy: !!actual,
            same: name === "toBe" ? Object.is(actual, args[0]) : null,
          },
        });
    }
    return api;
  }

  function expect(actual, label) {
    const api = matchers(actual, label, false);
    api.not = matchers(actual, label, true);
    return Object.freeze(api);
  }
  expect.rejects = (promiseOrFn) => ({
    async toThrow(pattern) {
      let rejected = false;
      let message = "";
      try {
        await (typeof promiseOrFn === "function" ? promiseOrFn() : promiseOrFn);
      } catch (error) {
        rejected = true;
        message = error instanceof Error ? String(error.message) : describeError(error);
      }
      assert({
        matcher: "rejects",
        negate: false,
        label: null,
        actual: { rejected, message },
        args: toPlain([pattern]),
        facts: null,
      });
    },
  });
  expect.fail = (message) => {
    assert({
      matcher: "fail",
      negate: false,
      label: null,
      actual: null,
      args: [String(message)],
      facts: null,
    });
    throw new AssertionError(String(message));
  };

  function test(name, fn, options) {
    if (!registering) throw new Error("test() must be called at the top level of a test file");
    if (typeof fn !== "function") throw new TypeError(`test "${name}" has no function`);
    tests.push({
      name: String(name),
      fn,
      hideDetails: options?.hideDetails === true,
      hint: options?.hint === undefined ? null : String(options.hint),
    });
  }
  function beforeEach(fn) {
    if (!registering)
      throw new Error("beforeEach() must be called at the top level of a test file");
    hooks.push(fn);
  }

  return {
    api: { test, beforeEach, expect },
    /** Called once the test bundle has loaded: the list the host will run, in order. */
    finishRegistration() {
      registering = false;
      return tests.map((t) => ({ name: t.name, hideDetails: t.hideDetails, hint: t.hint }));
    },
    /** Starts test `index`; the host learns the end through io.done, never through a return value. */
    runTest(index) {
      const entry = tests[index];
      const run = async () => {
        for (const hook of hooks) await hook();
        await entry.fn();
      };
      run().then(
        () => io.done(index, null),
        (error) => io.done(index, describeError(error)),
      );
    },
  };
}
