// Argument copies from the guest are host objects, but their shape is hostile. Before any
// module sees them: only plain data passes (primitives, arrays, plain objects; a Date becomes
// its ISO string), nesting and size are capped, and "__proto__" keys are dropped so no merge
// downstream can reach a prototype.
import { WorldError } from "./types.ts";

const MAX_DEPTH = 32;
const MAX_NODES = 50_000;

export function sanitize(value: unknown): unknown {
  const state = { nodes: 0 };
  return clean(value, 0, state);
}

function clean(value: unknown, depth: number, state: { nodes: number }): unknown {
  if (++state.nodes > MAX_NODES) throw new WorldError("the arguments are too large");
  if (depth > MAX_DEPTH) throw new WorldError("the arguments are nested too deeply");
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "undefined":
      return value;
  }
  if (value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((item) => clean(item, depth + 1, state));
  const proto: unknown = Object.getPrototypeOf(value);
  if (typeof value !== "object" || (proto !== Object.prototype && proto !== null)) {
    throw new WorldError(
      "world calls take plain data: strings, numbers, booleans, null, arrays and plain objects",
    );
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === "__proto__") continue;
    out[key] = clean((value as Record<string, unknown>)[key], depth + 1, state);
  }
  return out;
}
