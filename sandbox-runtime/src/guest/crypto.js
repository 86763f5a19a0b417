// Runs inside the isolate: the world's `crypto`, shaped like node:crypto (createHash,
// createHmac, timingSafeEqual, randomBytes, randomUUID, pbkdf2Sync, scryptSync) so that JWT and
// password exercises transfer to real Node. The hashing is @noble/hashes (audited, pure JS)
// bundled into the prelude: it runs in the guest under the run's CPU and memory limits, and
// nothing crosses the host boundary. Randomness is the run's seeded generator (random.js):
// reproducible, and not secret, which nothing in the simulated world needs. Why:
// docs/decisions/007-guest-globals-and-crypto.md.
import { sha256, sha512 } from "@noble/hashes/sha2.js";
import { sha1, md5 } from "@noble/hashes/legacy.js";
import { hmac } from "@noble/hashes/hmac.js";
import { pbkdf2 } from "@noble/hashes/pbkdf2.js";
import { scrypt } from "@noble/hashes/scrypt.js";
import { randomFill } from "./random.js";
import {
  utf8Encode,
  utf8Decode,
  bytesToHex,
  hexToBytes,
  bytesToBase64,
  base64ToBytes,
} from "./encoding.js";

const HASHES = { sha256, sha512, sha1, md5 };
/** Caps on the KDFs' cost: beyond these a learner's loop is an accident, not a lesson. */
const MAX_PBKDF2_ITERATIONS = 1_000_000;
const MAX_SCRYPT_MEMORY = 32 * 1024 * 1024;
const MAX_KEY_BYTES = 1024;
const MAX_RANDOM_BYTES = 65536;

/** What digests and KDFs return: Uint8Array with Buffer's toString(encoding) and equals. */
export class Bytes extends Uint8Array {
  toString(encoding = "utf8") {
    return encode(this, encoding);
  }
  equals(other) {
    const b = toBytes(other, "other");
    return b.length === this.length && this.every((v, i) => v === b[i]);
  }
}

function encode(bytes, encoding) {
  switch (String(encoding).toLowerCase()) {
    case "hex":
      return bytesToHex(bytes);
    case "base64":
      return bytesToBase64(bytes);
    case "base64url":
      return bytesToBase64(bytes, true);
    case "utf8":
    case "utf-8":
      return utf8Decode(bytes);
    case "latin1":
    case "binary":
      return String.fromCharCode(...bytes);
    default:
      throw new TypeError(`Unknown encoding: ${String(encoding)}`);
  }
}

/** Strings (with Node's input encodings) and byte views become a fresh Uint8Array. */
function toBytes(data, what, encoding = "utf8") {
  if (typeof data === "string") {
    const e = String(encoding).toLowerCase();
    if (e === "hex") return hexToBytes(data);
    if (e === "base64" || e === "base64url") {
      const bytes = base64ToBytes(data);
      if (bytes === null) throw new TypeError(`The ${what} is not valid ${e}`);
      return bytes;
    }
    if (e === "utf8" || e === "utf-8") return utf8Encode(data);
    throw new TypeError(`Unknown encoding: ${String(encoding)}`);
  }
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  throw new TypeError(`The ${what} must be a string or a Uint8Array`);
}

function bytes(data) {
  const out = new Bytes(data.length);
  out.set(data);
  return out;
}

function hashFor(algorithm) {
  const hash = HASHES[String(algorithm).toLowerCase().replace("-", "")];
  if (!hash)
    throw new TypeError(
      `Digest method not supported: ${String(algorithm)} (sha256, sha512, sha1, md5)`,
    );
  return hash;
}

/** A Hash / Hmac object: update(data, encoding?) any number of times, then digest once. */
function digester(state) {
  let done = false;
  const self = {
    update(data, encoding) {
      if (done) throw new Error("Digest already called");
      state.update(toBytes(data, "data", encoding));
      return self;
    },
    digest(encoding) {
      if (done) throw new Error("Digest already called");
      done = true;
      const out = bytes(state.digest());
      return encoding === undefined ? out : encode(out, encoding);
    },
  };
  return Object.freeze(self);
}

function checkLength(n, what, max) {
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new RangeError(
      `The "${what}" must be an integer from 0 to ${max}. Received ${String(n)}`,
    );
  return n;
}

export function makeCrypto() {
  return {
    createHash: (algorithm) => digester(hashFor(algorithm).create()),
    createHmac: (algorithm, key) => digester(hmac.create(hashFor(algorithm), toBytes(key, "key"))),
    timingSafeEqual(a, b) {
      const x = toBytes(a, "first argument");
      const y = toBytes(b, "second argument");
      if (x.length !== y.length)
        throw new RangeError("Input buffers must have the same byte length");
      let diff = 0;
      for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
      return diff === 0;
    },
    randomBytes(size) {
      const out = new Bytes(checkLength(size, "size", MAX_RANDOM_BYTES));
      randomFill(out);
      return out;
    },
    randomUUID: () => globalThis.crypto.randomUUID(),
    pbkdf2Sync(password, salt, iterations, keylen, digest) {
      const c = checkLength(iterations, "iterations", MAX_PBKDF2_ITERATIONS);
      if (c < 1) throw new RangeError('The "iterations" must be at least 1');
      const dkLen = checkLength(keylen, "keylen", MAX_KEY_BYTES);
      return bytes(
        pbkdf2(hashFor(digest), toBytes(password, "password"), toBytes(salt, "salt"), { c, dkLen }),
      );
    },
    scryptSync(password, salt, keylen, options = {}) {
      const N = options?.N ?? options?.cost ?? 16384;
      const r = options?.r ?? options?.blockSize ?? 8;
      const p = options?.p ?? options?.parallelization ?? 1;
      const dkLen = checkLength(keylen, "keylen", MAX_KEY_BYTES);
      for (const [what, n] of [
        ["N", N],
        ["r", r],
        ["p", p],
      ])
        checkLength(n, what, 1 << 20);
      if (128 * N * r > MAX_SCRYPT_MEMORY || p > 16)
        throw new RangeError(
          `scrypt: cost too high (128 * N * r must be at most ${MAX_SCRYPT_MEMORY} bytes, p at most 16)`,
        );
      return bytes(
        scrypt(toBytes(password, "password"), toBytes(salt, "salt"), {
          N,
          r,
          p,
          dkLen,
          maxmem: MAX_SCRYPT_MEMORY * 2,
        }),
      );
    },
  };
}
