import { describe, expect, test } from "vitest";
import { DEFAULT_LIMITS } from "../src/index.ts";
import { Session } from "../src/session.ts";
import { WorldError } from "../src/world/types.ts";
import type { WorldHost } from "../src/world/host.ts";

/** A world whose every call fails the way a module bug would, with internals in the message. */
const brokenWorld: WorldHost = {
  call() {
    throw new Error("ENOENT /srv/pillars/secret.db");
  },
  close() {},
};

const session = () => new Session(brokenWorld, DEFAULT_LIMITS, 0);

describe("the host callback", () => {
  test("errors it throws carry a message and no host stack", () => {
    const s = session();
    const thrown = (() => {
      try {
        s.hostCall("no-such-channel", {});
      } catch (error) {
        return error as Error;
      }
      throw new Error("expected a throw");
    })();
    expect(thrown.message).toBe("unknown host call");
    expect(thrown.stack).toBe("Error: unknown host call");
  });

  test("a failing module never shows its message: sync calls answer a generic error, async ones a rejection", () => {
    const s = session();
    expect(s.hostCall("callSync", { module: "db", op: "queryCount", args: [] })).toEqual({
      ok: false,
      error: "the call failed",
    });
    const ticket = s.hostCall("call", {
      module: "db",
      op: "query",
      args: ["SELECT 1"],
      caller: "learner",
    });
    expect(typeof ticket).toBe("number");
    expect(s.heap.pop()).toMatchObject({ ticket, ok: false, value: "the call failed" });
  });

  test("a WorldError's message is the learner's to see", () => {
    const world: WorldHost = {
      call() {
        throw new WorldError("db.query: sql must be a string");
      },
      close() {},
    };
    const s = new Session(world, DEFAULT_LIMITS, 0);
    s.hostCall("call", { module: "db", op: "query", args: [1], caller: "learner" });
    expect(s.heap.pop()).toMatchObject({ ok: false, value: "db.query: sql must be a string" });
    expect(s.recorder.trace[0]).toMatchObject({
      kind: "db",
      op: "query",
      detail: "error: db.query: sql must be a string",
    });
  });

  test("after a limit is hit, every call throws the limit's message", () => {
    const s = session();
    s.stop("output_limit", "Your code printed more output than allowed.");
    expect(() => s.hostCall("timer", { ms: 1 })).toThrow(
      "Your code printed more output than allowed.",
    );
  });
});
