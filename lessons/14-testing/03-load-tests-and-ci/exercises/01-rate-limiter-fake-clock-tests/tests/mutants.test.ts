import { test, expect } from "@pillars/test";
import { tests } from "@pillars/learner";

interface Options {
  limit: number;
  windowMs: number;
  now: () => number;
}
interface Window {
  start: number;
  count: number;
}

// Each variant of the correct limiter differs in exactly one rule.
interface Variant {
  time: (options: Options) => number;
  keyOf: (key: string) => string;
  expired: (elapsed: number, windowMs: number) => boolean;
  /** The window that replaces an expired one (a key's first window always starts empty). */
  renew: (time: number) => Window;
  full: (count: number, limit: number) => boolean;
  onReject: (window: Window, time: number) => void;
}
const correct: Variant = {
  time: (options) => options.now(),
  keyOf: (key) => key,
  expired: (elapsed, windowMs) => elapsed >= windowMs,
  renew: (time) => ({ start: time, count: 0 }),
  full: (count, limit) => count >= limit,
  onReject: () => {},
};

function build(variant: Variant) {
  return (options: Options) => {
    const windows = new Map<string, Window>();
    return {
      tryAcquire(key: string): boolean {
        const time = variant.time(options);
        const id = variant.keyOf(key);
        let window = windows.get(id);
        if (!window) {
          window = { start: time, count: 0 };
          windows.set(id, window);
        } else if (variant.expired(time - window.start, options.windowMs)) {
          window = variant.renew(time);
          windows.set(id, window);
        }
        if (variant.full(window.count, options.limit)) {
          variant.onReject(window, time);
          return false;
        }
        window.count += 1;
        return true;
      },
    };
  };
}

/** Names of the learner's tests that fail (throw) against `impl`. */
async function failingTests(impl: (options: Options) => unknown): Promise<string[]> {
  if (!Array.isArray(tests)) expect.fail("index.ts must export `tests`, an array of { name, run }");
  const failed: string[] = [];
  for (const t of tests) {
    try {
      await t.run(impl);
    } catch {
      failed.push(String(t?.name));
    }
  }
  return failed;
}

function bugIsCaught(name: string, bug: Partial<Variant>, hint: string) {
  test(
    name,
    async () => {
      // A suite that fails on working code "catches" everything; it must pass there first.
      const onCorrect = await failingTests(build(correct));
      expect(onCorrect, "your tests that fail on the correct limiter").toEqual([]);
      const caughtBy = await failingTests(build({ ...correct, ...bug }));
      expect(caughtBy.length, "your tests that fail on the buggy limiter").toBeGreaterThan(0);
    },
    { hideDetails: true, hint },
  );
}

bugIsCaught(
  "catches an off-by-one in the limit",
  { full: (count, limit) => count > limit },
  "Make one request more than the limit allows, in the same window, and check the answer to that last one.",
);
bugIsCaught(
  "catches an off-by-one at a time boundary",
  { expired: (elapsed, windowMs) => elapsed > windowMs },
  "Move your clock to the last millisecond of a window, then to exactly windowMs after it began.",
);
bugIsCaught(
  "catches state shared between clients",
  { keyOf: () => "everyone" },
  "Use more than one key.",
);
bugIsCaught(
  "catches a window that moves",
  { onReject: (window, time) => void (window.start = time) },
  "What should a client that keeps retrying while blocked see once the original window is over?",
);
bugIsCaught(
  "catches a window that restarts short",
  { renew: (time) => ({ start: time, count: 1 }) },
  "After a window ends, count how many requests the next one allows.",
);
bugIsCaught(
  "catches a limiter that ignores the clock it was given",
  { time: () => Date.now() },
  "Give the limiter a fake clock (`let nowMs = 0; now: () => nowMs`) and move it yourself; a test that waits for real time would be slow and flaky.",
);
