// Runs inside the isolate: turns console arguments into one string, as Node's console would
// roughly print them. Formatting happens here, in the guest, so that the host never touches a
// learner object: only the finished (and capped) string crosses the boundary.

const MAX_DEPTH = 3;
const MAX_ITEMS = 50;

/** Formats console.log arguments; stops once `budget` characters are produced. */
export function formatArgs(args, budget) {
  const parts = [];
  let used = 0;
  for (const arg of args) {
    let text;
    try {
      text = typeof arg === "string" ? arg : inspect(arg, 0, new Set());
    } catch {
      text = "[unprintable value]";
    }
    parts.push(text);
    used += text.length + 1;
    if (used > budget) break;
  }
  const line = parts.join(" ");
  return line.length > budget ? line.slice(0, budget) : line;
}

export function inspect(value, depth, seen) {
  switch (typeof value) {
    case "string":
      return depth === 0 ? value : JSON.stringify(value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return value.toString();
    case "function":
      return `[Function ${value.name || "(anonymous)"}]`;
  }
  if (value === null) return "null";
  if (seen.has(value)) return "[Circular]";
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? "[Array]" : "[Object]";
  seen.add(value);
  try {
    if (Array.isArray(value)) return `[ ${list(value, depth, seen).join(", ")} ]`;
    if (value instanceof Map) {
      const entries = list(
        [...value.entries()],
        depth,
        seen,
        ([k, v]) => `${inspect(k, depth + 1, seen)} => ${inspect(v, depth + 1, seen)}`,
      );
      return `Map(${value.size}) { ${entries.join(", ")} }`;
    }
    if (value instanceof Set)
      return `Set(${value.size}) { ${list([...value], depth, seen).join(", ")} }`;
    const keys = Object.keys(value);
    const fields = list(
      keys,
      depth,
      seen,
      (k) =>
        `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${inspect(value[k], depth + 1, seen)}`,
    );
    return fields.length === 0 ? "{}" : `{ ${fields.join(", ")} }`;
  } finally {
    seen.delete(value);
  }
}

function list(items, depth, seen, show = (v) => inspect(v, depth + 1, seen)) {
  const out = [];
  for (let i = 0; i < items.length && i < MAX_ITEMS; i++) out.push(show(items[i]));
  if (items.length > MAX_ITEMS) out.push(`... ${items.length - MAX_ITEMS} more`);
  return out;
}
