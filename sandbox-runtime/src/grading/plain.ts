// Host-side view of the plain trees the guest's toPlain (src/guest/copy.js) produces: deep
// equality and printing. These are host copies, never guest objects.

/** Must equal TAG in src/guest/copy.js. */
export const TAG = "\u0000pillars";
const MAX_PRINT = 400;

type Tree = unknown;

function isObject(v: Tree): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Deep equality; `partial` lets `expected` list only some keys (toMatchObject). Undefined-valued keys are ignored, as Jest does. */
export function equals(actual: Tree, expected: Tree, partial = false): boolean {
  if (Object.is(actual, expected)) return true;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return (
      actual.length === expected.length &&
      actual.every((item, i) => equals(item, expected[i], partial))
    );
  }
  if (!isObject(actual) || !isObject(expected)) return false;
  const wanted = Object.keys(expected).filter((k) => expected[k] !== undefined);
  if (!partial) {
    const have = Object.keys(actual).filter((k) => actual[k] !== undefined);
    if (have.length !== wanted.length) return false;
  }
  return wanted.every((k) => Object.hasOwn(actual, k) && equals(actual[k], expected[k], partial));
}

export function print(value: Tree): string {
  const text = show(value, 0);
  return text.length > MAX_PRINT ? `${text.slice(0, MAX_PRINT - 1)}…` : text;
}

function show(value: Tree, depth: number): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value !== "object" || value === null) return String(value);
  if (depth > 6) return Array.isArray(value) ? "[…]" : "{…}";
  if (Array.isArray(value)) return `[${value.map((v) => show(v, depth + 1)).join(", ")}]`;
  if (Object.hasOwn(value, TAG)) return showTagged(value as Record<string, unknown>, depth);
  const rec = value as Record<string, unknown>;
  const fields = Object.keys(rec).map(
    (k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${show(rec[k], depth + 1)}`,
  );
  return fields.length === 0 ? "{}" : `{ ${fields.join(", ")} }`;
}

function showTagged(value: Record<string, unknown>, depth: number): string {
  switch (value[TAG]) {
    case "function":
      return `[Function ${String(value.detail)}]`;
    case "date":
      return `Date(${new Date(Number(value.detail)).toISOString()})`;
    case "regexp":
      return `/${String(value.source)}/${String(value.flags)}`;
    case "map":
      return `Map ${show(value.entries, depth + 1)}`;
    case "set":
      return `Set ${show(value.entries, depth + 1)}`;
    default:
      return `[${String(value[TAG])}${value.detail === undefined ? "" : ` ${String(value.detail)}`}]`;
  }
}

/** A RegExp from a tagged tree (test-authored, so trusted), or null. */
export function regexpOf(value: Tree): RegExp | null {
  if (!isObject(value) || value[TAG] !== "regexp") return null;
  try {
    return new RegExp(String(value.source), String(value.flags).replace(/[gy]/g, ""));
  } catch {
    return null;
  }
}

/** Reads `a.b[0].c` from a tree; `found` is false when a step is missing. */
export function readPath(value: Tree, path: string): { found: boolean; value: Tree } {
  const steps = path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((s) => s !== "");
  let here: Tree = value;
  for (const step of steps) {
    if (typeof here !== "object" || here === null || !Object.hasOwn(here, step))
      return { found: false, value: undefined };
    here = (here as Record<string, unknown>)[step];
  }
  return { found: true, value: here };
}
