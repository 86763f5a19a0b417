// A tiny assertion helper: each function throws an Error when the check fails, and a test
// fails exactly when its `run` throws. Use these in your tests (you may add your own).

/** Fails unless `condition` is true. */
export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Fails unless `actual` and `expected` are deep-equal (compared as JSON). */
export function checkEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Fails unless `fn()` throws (optionally an error of class `type`). */
export function checkThrows(fn: () => unknown, what: string, type?: new () => Error): void {
  try {
    fn();
  } catch (error) {
    if (type && !(error instanceof type)) {
      throw new Error(`${what}: threw ${String(error)}, expected a ${type.name}`);
    }
    return;
  }
  throw new Error(`${what}: expected it to throw, but it returned`);
}
