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
    expect(context.evalSync(`typeof globalThis.${PRELUDE_GLOBAL}.start`)).toBe("function");
  } finally {
    isolate.dispose();
  }
});
