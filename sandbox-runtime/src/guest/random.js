// Runs inside the isolate: seeded randomness, so that a run is reproducible like its clock.
// Math.random and a small `crypto` (randomUUID, getRandomValues) draw from one PRNG
// (mulberry32) that every run starts from the same seed. Not cryptographic, and not meant to be:
// nothing in the simulated world protects real secrets.

const SEED = 0x5eed1e55;
let state = SEED;

function next() {
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function hex(n) {
  let out = "";
  for (let i = 0; i < n; i++) out += Math.floor(next() * 16).toString(16);
  return out;
}

/** Fills a byte array from the run's generator (the world crypto's randomBytes). */
export function randomFill(bytes) {
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
}

/** Installs Math.random and crypto on the global; call before lockdown. */
export function installRandom(global) {
  state = SEED;
  Object.defineProperty(global.Math, "random", { value: next, writable: true, configurable: true });
  global.crypto = {
    randomUUID() {
      const variant = "89ab"[Math.floor(next() * 4)];
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
    getRandomValues(array) {
      if (
        !ArrayBuffer.isView(array) ||
        array instanceof DataView ||
        array instanceof Float32Array ||
        array instanceof Float64Array
      ) {
        throw new TypeError("getRandomValues takes an integer typed array");
      }
      if (array.byteLength > 65536) throw new RangeError("getRandomValues: at most 65536 bytes");
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
      return array;
    },
  };
}
