// Runs inside the isolate: turns any guest value into plain data the host can receive as a
// copy (V8's serializer refuses functions, symbols and proxies). Values the host cannot
// receive become tagged markers, so a host comparison sees "a function", never the function.
// Walking happens here, in the guest, under the run's time limit.

/** The key that marks a tagged value; test data never plausibly uses it. */
export const TAG = "\u0000pillars";
const MAX_NODES = 10_000;
const MAX_DEPTH = 40;

export function toPlain(value) {
  const state = { nodes: 0, seen: new Set() };
  try {
    return plain(value, 0, state);
  } catch (error) {
    return { [TAG]: "unreadable", detail: describeError(error) };
  }
}

function plain(value, depth, state) {
  if (++state.nodes > MAX_NODES) return { [TAG]: "truncated" };
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
    case "undefined":
    case "bigint":
      return value;
    case "symbol":
      return { [TAG]: "symbol", detail: value.toString() };
    case "function":
      return { [TAG]: "function", detail: value.name || "(anonymous)" };
  }
  if (value === null) return null;
  if (state.seen.has(value)) return { [TAG]: "circular" };
  if (depth > MAX_DEPTH) return { [TAG]: "truncated" };
  if (value instanceof Date) return { [TAG]: "date", detail: value.getTime() };
  if (value instanceof RegExp) return { [TAG]: "regexp", source: value.source, flags: value.flags };
  if (value instanceof Error) return { [TAG]: "error", detail: `${value.name}: ${value.message}` };
  state.seen.add(value);
  try {
    if (Array.isArray(value)) {
      const out = [];
      for (let i = 0; i < value.length; i++) out.push(plain(value[i], depth + 1, state));
      return out;
    }
    if (value instanceof Map) {
      return { [TAG]: "map", entries: plain([...value.entries()], depth + 1, state) };
    }
    if (value instanceof Set) return { [TAG]: "set", entries: plain([...value], depth + 1, state) };
    const out = {};
    for (const key of Object.keys(value)) {
      // defineProperty, not assignment: a "__proto__" key stays an ordinary key.
      Object.defineProperty(out, key, {
        value: plain(value[key], depth + 1, state),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  } finally {
    state.seen.delete(value);
  }
}

/** A learner-readable one-liner for anything thrown, without a stack. */
export function describeError(error) {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    if (typeof error === "string") return error;
    return `Thrown: ${String(error)}`;
  } catch {
    return "Thrown: (a value that cannot be printed)";
  }
}
