// V8 adds properties to some intrinsics (Error's captureStackTrace, ...) when it creates a
// context from a snapshot, and aborts the whole process ("Exception thrown during
// bootstrapping", the fatal seen while the engine was built) if one of them is frozen. So
// the snapshot must hold no frozen intrinsic: lockdown runs in start(), per context, never at
// the prelude's top level. This guards that rule before it can crash a worker.
import ivm from "isolated-vm";
import { expect, test } from "vitest";
import { PRELUDE_GLOBAL, preludeSnapshot } from "../src/guest-source.ts";

test("a context made from the prelude snapshot holds no frozen intrinsic before start()", () => {
  const isolate = new ivm.Isolate({ snapshot: preludeSnapshot() });
  try {
    const context = isolate.createContextSync();
    const frozen = context.evalSync(
      `JSON.stringify(Reflect.ownKeys(globalThis).filter((key) => {
        const v = globalThis[key];
        if ((typeof v !== "object" && typeof v !== "function") || v === null) return false;
        return Object.isFrozen(v) || (typeof v === "function" && v.prototype !== undefined && Object.isFrozen(v.prototype));
      }).map(String))`,
    );
    expect(JSON.parse(frozen as string)).toEqual([]);
    // Deeper: no object or function reachable from the global object through own properties
    // (methods, namespaces' members, accessors) is frozen either, beyond what V8 freezes in
    // any context (%ThrowTypeError%, behind Function.prototype.caller).
    const plain = new ivm.Isolate();
    try {
      const baseline = frozenReachable(plain.createContextSync());
      expect(frozenReachable(context)).toEqual(baseline);
    } finally {
      plain.dispose();
    }
    expect(context.evalSync(`typeof globalThis.${PRELUDE_GLOBAL}.start`)).toBe("function");
  } finally {
    isolate.dispose();
  }
});

/** Paths of the frozen objects and functions reachable from globalThis (the prelude's carrier aside). */
function frozenReachable(context: ivm.Context): string[] {
  const found = context.evalSync(
    `(() => {
      const found = [];
      const seen = new Set();
      const stack = Reflect.ownKeys(globalThis)
        .filter((key) => key !== ${JSON.stringify(PRELUDE_GLOBAL)})
        .map((key) => [String(key), Object.getOwnPropertyDescriptor(globalThis, key)]);
      while (stack.length > 0) {
        const [path, desc] = stack.pop();
        for (const v of [desc?.value, desc?.get, desc?.set]) {
          if ((typeof v !== "object" && typeof v !== "function") || v === null || seen.has(v)) continue;
          seen.add(v);
          if (Object.isFrozen(v)) found.push(path);
          for (const key of Reflect.ownKeys(v))
            stack.push([path + "." + String(key), Object.getOwnPropertyDescriptor(v, key)]);
        }
      }
      return JSON.stringify(found.sort());
    })()`,
  );
  return JSON.parse(found as string) as string[];
}
