// Runs inside the isolate, in the trusted prelude, BEFORE any learner code: removes what the
// guest must not have, makes Date follow the virtual clock, and freezes every intrinsic so that
// learner code cannot change what the harness and the tests rely on (Array.prototype,
// Promise, JSON, Object, Error, ...). Freezing is what keeps `expect` and test code honest.

/** Globals the guest must not have: side channels, host-ish memory, GC observation. */
const REMOVED_GLOBALS = [
  "WebAssembly",
  "FinalizationRegistry",
  "WeakRef",
  "SharedArrayBuffer",
  "Atomics",
];

/**
 * Properties that ordinary code assigns on instances or on its own prototypes (`this.name =
 * "NotFound"` in an Error subclass, `Foo.prototype.toString = ...`). On a frozen prototype such
 * an assignment would throw in strict code (the "override mistake"), so these become accessors
 * whose setter defines an own property on the target instead. A short list: each costs two
 * closures per run.
 */
const OBJECT_KEYS = [
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
];
const ERROR_KEYS = ["constructor", "name", "message", "toString"];
const ERRORS = [
  "Error",
  "TypeError",
  "RangeError",
  "SyntaxError",
  "ReferenceError",
  "EvalError",
  "URIError",
  "AggregateError",
];

function overridable(global) {
  const list = [
    [global.Object.prototype, OBJECT_KEYS],
    [global.Function.prototype, ["toString"]],
  ];
  for (const name of ERRORS) if (global[name]) list.push([global[name].prototype, ERROR_KEYS]);
  return list;
}

/** `keep`: global names left alone (the prelude's own carrier, deleted before learner code). */
export function lockdown(global, now, keep) {
  for (const name of REMOVED_GLOBALS) delete global[name];
  installVirtualDate(global, now);
  hideFunctionSource(global);
  const frozen = collectIntrinsics(global, keep);
  for (const [obj, keys] of overridable(global)) enableOverrides(obj, keys);
  for (const obj of frozen) Object.freeze(obj);
  // Global bindings of the intrinsics cannot be replaced either (tests resolve them at run time).
  for (const key of Reflect.ownKeys(global)) {
    const desc = Object.getOwnPropertyDescriptor(global, key);
    if (desc && desc.configurable && "value" in desc && !keep.includes(key)) {
      Object.defineProperty(global, key, {
        value: desc.value,
        writable: false,
        enumerable: false,
        configurable: false,
      });
    }
  }
}

/**
 * `Date.now()`, `new Date()` and `Date()` read the virtual clock, so time-based code is
 * deterministic. A function, not a subclass: a subclass's prototype chain leads back to the
 * real Date (`Object.getPrototypeOf(Date)`), which reads real time. The real one stays
 * reachable only here; `Date.prototype` is the real prototype, its `constructor` is this.
 */
function installVirtualDate(global, now) {
  const RealDate = global.Date;
  const Date = function Date(...args) {
    if (new.target === undefined) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  };
  for (const key of Reflect.ownKeys(RealDate)) {
    if (key === "prototype" || key === "length" || key === "name") continue;
    Object.defineProperty(Date, key, Object.getOwnPropertyDescriptor(RealDate, key));
  }
  Object.defineProperty(Date, "length", { value: 7 });
  Object.defineProperty(Date, "prototype", { value: RealDate.prototype, writable: false });
  Object.defineProperty(Date, "now", {
    value: function now_() {
      return now();
    },
    writable: true,
    configurable: true,
  });
  Object.defineProperty(Date.now, "name", { value: "now" });
  Object.defineProperty(RealDate.prototype, "constructor", {
    value: Date,
    writable: true,
    configurable: true,
  });
  Object.defineProperty(global, "Date", { value: Date, writable: true, configurable: true });
}

/**
 * Tests hand learner code their own callbacks (`retry(async () => ...)`): printing one would
 * show the hidden test's source. Every function prints as native code instead.
 */
function hideFunctionSource(global) {
  const proto = global.Function.prototype;
  Object.defineProperty(proto, "toString", {
    value: function toString() {
      if (typeof this !== "function")
        throw new TypeError("Function.prototype.toString requires that 'this' be a Function");
      const name = Object.getOwnPropertyDescriptor(this, "name")?.value;
      return `function ${typeof name === "string" ? name : ""}() { [native code] }`;
    },
    writable: true,
    configurable: true,
  });
}

/**
 * The objects whose properties code relies on: every constructor and namespace on the global
 * object, their prototypes, the intrinsics only reachable through syntax, and the prototype
 * chains of all of these. Methods themselves (function objects like Array.prototype.map) are
 * not walked: what must not change is which function a property holds, and that is fixed by
 * freezing the object that holds it. Walking only these keeps lockdown under a millisecond.
 */
function collectIntrinsics(global, keep) {
  const roots = [];
  for (const key of Reflect.ownKeys(global)) {
    if (keep.includes(key)) continue;
    const value = Object.getOwnPropertyDescriptor(global, key)?.value;
    if (value !== global) roots.push(value);
  }
  const hidden = [
    function* () {},
    async function () {},
    async function* () {},
    [][Symbol.iterator](),
    new Map()[Symbol.iterator](),
    new Set()[Symbol.iterator](),
    ""[Symbol.iterator](),
    /x/[Symbol.matchAll](""),
    (function* () {})(),
    (async function* () {})(),
    Uint8Array,
  ];
  for (const h of hidden) roots.push(Object.getPrototypeOf(h));
  const seen = new Set();
  const stack = roots;
  while (stack.length > 0) {
    const obj = stack.pop();
    if ((typeof obj !== "object" && typeof obj !== "function") || obj === null || seen.has(obj))
      continue;
    seen.add(obj);
    stack.push(Object.getPrototypeOf(obj));
    if (typeof obj === "function") {
      stack.push(Object.getOwnPropertyDescriptor(obj, "prototype")?.value);
      // Static members that are objects (Intl.DateTimeFormat, ...), not methods.
      for (const key of Reflect.ownKeys(obj)) {
        const value = Object.getOwnPropertyDescriptor(obj, key)?.value;
        if (typeof value === "object") stack.push(value);
      }
    } else {
      for (const key of Reflect.ownKeys(obj)) {
        const desc = Object.getOwnPropertyDescriptor(obj, key);
        // Namespaces (JSON, Math, Reflect, Intl) hold constructors and objects worth walking.
        if (desc && typeof desc.value === "object") stack.push(desc.value);
        else if (
          desc &&
          typeof desc.value === "function" &&
          desc.value.prototype !== undefined &&
          desc.value !== obj.constructor
        )
          stack.push(desc.value);
      }
    }
  }
  seen.delete(global);
  return seen;
}

function enableOverrides(obj, keys) {
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    if (!desc || !("value" in desc) || !desc.writable || !desc.configurable) continue;
    const value = desc.value;
    const getter = function () {
      return value;
    };
    const setter = function (next) {
      if (this === obj) throw new TypeError(`Cannot assign to read only property '${String(key)}'`);
      Object.defineProperty(this, key, {
        value: next,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    };
    Object.freeze(getter);
    Object.freeze(setter);
    Object.defineProperty(obj, key, {
      get: getter,
      set: setter,
      enumerable: desc.enumerable,
      configurable: false,
    });
  }
}
