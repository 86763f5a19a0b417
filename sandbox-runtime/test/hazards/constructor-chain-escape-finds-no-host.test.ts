import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

// The guest's Function constructor builds guest functions: walking constructor chains from any
// value (including the world's own methods) ends in the isolate's global, which holds nothing
// of the host: no process, require, ivm objects or the bridge callback.
test("constructor chains reach only the isolate's own global", async () => {
  const result = await runInProcess(
    exercise(
      `import { db, cache } from "@pillars/world";
export function probe(this: unknown) {
  const F = (() => {}).constructor as FunctionConstructor;
  const g = F("return this")();
  const viaWorld = (db.query as any).constructor("return typeof process + typeof require")();
  const viaCache = (cache.get as any).constructor.constructor("return typeof globalThis.process")();
  let viaThis = "no-this";
  try { viaThis = (this as any).constructor.constructor("return process")(); } catch (e) { viaThis = (e as Error).name; }
  return { process: typeof g.process, require: typeof g.require, viaWorld, viaCache, viaThis, sameFunction: (db.query as any).constructor === Function,
    globals: Object.getOwnPropertyNames(g).filter((k) => !STANDARD.includes(k)) };
}
const STANDARD = ${JSON.stringify(
        "Object,Function,Array,Number,parseFloat,parseInt,Infinity,NaN,undefined,Boolean,String,Symbol,Date,Promise,RegExp,Error,AggregateError,EvalError,RangeError,ReferenceError,SyntaxError,TypeError,URIError,globalThis,JSON,Math,Intl,ArrayBuffer,Uint8Array,Int8Array,Uint16Array,Int16Array,Uint32Array,Int32Array,BigUint64Array,BigInt64Array,Uint8ClampedArray,Float32Array,Float64Array,DataView,Map,BigInt,Set,Iterator,WeakMap,WeakSet,Proxy,Reflect,decodeURI,decodeURIComponent,encodeURI,encodeURIComponent,escape,unescape,eval,isFinite,isNaN,console,SuppressedError,DisposableStack,AsyncDisposableStack,Float16Array,setTimeout,clearTimeout,setInterval,clearInterval,queueMicrotask,crypto,TextEncoder,TextDecoder,atob,btoa,URL,URLSearchParams,structuredClone".split(
          ",",
        ),
      )};`,
      `test("probe", () => { expect(learner.probe()).toEqual({ process: "undefined", require: "undefined", viaWorld: "undefinedundefined", viaCache: "undefined", viaThis: "ReferenceError", sameFunction: true, globals: [] }); });`,
    ),
  );
  expect(result.tests).toEqual([{ name: "probe", status: "passed" }]);
  await expectNextRunPasses();
});
