// Runs inside the isolate: structuredClone, a copy made in the guest with the frozen intrinsics
// (no host call). Copies what the HTML structured clone algorithm copies that a backend uses:
// primitives, plain objects, arrays, Date, RegExp, Map, Set, ArrayBuffer, typed arrays,
// DataView and errors, keeping shared references and cycles. Functions, symbols, class
// instances' prototypes and accessors are not copied (a DataCloneError, or plain data).

function dataCloneError(message) {
  const error = new Error(message);
  error.name = "DataCloneError";
  return error;
}

const ERROR_TYPES = {
  Error,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
};

export function structuredClone(value) {
  const seen = new Map();
  const copy = (v) => {
    if (typeof v === "function")
      throw dataCloneError(`${String(v.name || "function")} could not be cloned`);
    if (typeof v === "symbol") throw dataCloneError("A symbol could not be cloned");
    if (typeof v !== "object" || v === null) return v;
    if (seen.has(v)) return seen.get(v);
    let out;
    if (Array.isArray(v)) {
      out = new Array(v.length);
      seen.set(v, out);
      for (const key of Object.keys(v)) out[key] = copy(v[key]);
      return out;
    }
    if (v instanceof Date) out = new Date(v.getTime());
    else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
    else if (v instanceof ArrayBuffer) out = v.slice(0);
    else if (ArrayBuffer.isView(v)) {
      const buffer = copy(v.buffer);
      const Ctor =
        v instanceof DataView
          ? DataView
          : Object.getPrototypeOf(Object.getPrototypeOf(v)) ===
              Object.getPrototypeOf(Uint8Array.prototype)
            ? v.constructor
            : null;
      if (!Ctor) throw dataCloneError("The view could not be cloned");
      out =
        v instanceof DataView
          ? new DataView(buffer, v.byteOffset, v.byteLength)
          : new Ctor(buffer, v.byteOffset, v.length);
    } else if (v instanceof Map) {
      out = new Map();
      seen.set(v, out);
      for (const [k, val] of v) out.set(copy(k), copy(val));
      return out;
    } else if (v instanceof Set) {
      out = new Set();
      seen.set(v, out);
      for (const k of v) out.add(copy(k));
      return out;
    } else if (v instanceof Error) {
      const Ctor = ERROR_TYPES[v.name] ?? Error;
      out = new Ctor(String(v.message));
      seen.set(v, out);
      if (typeof v.stack === "string") out.stack = v.stack;
      if ("cause" in v) out.cause = copy(v.cause);
      return out;
    } else if (v instanceof Promise || v instanceof WeakMap || v instanceof WeakSet) {
      throw dataCloneError(`${Object.prototype.toString.call(v)} could not be cloned`);
    } else {
      out = {};
      seen.set(v, out);
      // Own enumerable string keys, read once each (getters run, as in the standard).
      for (const key of Object.keys(v)) {
        Object.defineProperty(out, key, {
          value: copy(v[key]),
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
      return out;
    }
    seen.set(v, out);
    return out;
  };
  if (arguments.length === 0) throw new TypeError("structuredClone requires a value");
  return copy(value);
}
