/* eslint-disable no-var -- a global is a property of globalThis, which only `declare var` says */
// The globals learner code and tests really have in the sandbox, besides the standard
// JavaScript built-ins (lib es2022): exactly these, nothing of Node or the DOM. The editor
// loads this file beside world.d.ts, so completion and type errors match the guest;
// test/globals-declared.test.ts checks that the guest and this file agree.
// (Excluded from the repository's own tsconfig: @types/node declares the same names.)

interface Console {
  /** Captured into the run's logs (not a real console), within the output limit. */
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
}
declare var console: Console;

/** Timers on the virtual clock: they fire when virtual time reaches them, without real waiting. */
declare function setTimeout<A extends unknown[]>(
  callback: (...args: A) => void,
  ms?: number,
  ...args: A
): number;
declare function clearTimeout(id: number | undefined): void;
declare function setInterval<A extends unknown[]>(
  callback: (...args: A) => void,
  ms?: number,
  ...args: A
): number;
declare function clearInterval(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;

/** A deep copy (objects, arrays, Date, RegExp, Map, Set, typed arrays, errors; cycles kept). */
declare function structuredClone<T>(value: T): T;
/** Base64 of a string of Latin-1 characters, and back. */
declare function btoa(data: string): string;
declare function atob(data: string): string;

/** Seeded like Math.random: a run's "random" values are the same every run. */
interface Crypto {
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
  getRandomValues<
    T extends
      | Int8Array
      | Uint8Array
      | Uint8ClampedArray
      | Int16Array
      | Uint16Array
      | Int32Array
      | Uint32Array
      | BigInt64Array
      | BigUint64Array,
  >(
    array: T,
  ): T;
}
declare var crypto: Crypto;

/** UTF-8 only, as in browsers and Node. */
declare class TextEncoder {
  readonly encoding: "utf-8";
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
declare class TextDecoder {
  constructor(label?: "utf-8" | "utf8", options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: "utf-8";
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBuffer | ArrayBufferView): string;
}

declare class URLSearchParams implements Iterable<[string, string]> {
  constructor(init?: string | Record<string, string> | Iterable<[string, string]>);
  readonly size: number;
  append(name: string, value: string): void;
  delete(name: string, value?: string): void;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string, value?: string): boolean;
  set(name: string, value: string): void;
  sort(): void;
  forEach(
    callback: (value: string, key: string, parent: URLSearchParams) => void,
    thisArg?: unknown,
  ): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
  toString(): string;
}

/** WHATWG URL for absolute and relative http(s)-style URLs (no IDNA hostnames). */
declare class URL {
  constructor(url: string | URL, base?: string | URL);
  static canParse(url: string | URL, base?: string | URL): boolean;
  static parse(url: string | URL, base?: string | URL): URL | null;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly origin: string;
  pathname: string;
  search: string;
  hash: string;
  readonly href: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
  toJSON(): string;
}
