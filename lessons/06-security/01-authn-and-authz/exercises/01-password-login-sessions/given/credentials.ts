// GIVEN, DO NOT EDIT. The credential primitives this exercise needs, written out in plain
// TypeScript because the sandbox has no Node `crypto` module.
//
// Passwords: PBKDF2-HMAC-SHA256 with a per-user salt. In a real service, use scrypt or
// argon2id from a maintained library (see the lesson). The stored hashes use 1,000 iterations so the sandbox stays fast; production PBKDF2-SHA256 uses 600,000.

/** UTF-8 bytes of a string (what TextEncoder would give). */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

const W = new Int32Array(64);

/** SHA-256 (FIPS 180-4). Written for speed: PBKDF2 calls it hundreds of times per login. */
function sha256(message: number[]): number[] {
  const h = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const blocks = Math.ceil((message.length + 9) / 64);
  const data = new Uint8Array(blocks * 64);
  data.set(message);
  data[message.length] = 0x80;
  const bitLength = message.length * 8;
  for (let i = 0; i < 4; i++) data[data.length - 1 - i] = (bitLength >>> (8 * i)) & 0xff;
  for (let offset = 0; offset < data.length; offset += 64) {
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      W[i] = (data[j]! << 24) | (data[j + 1]! << 16) | (data[j + 2]! << 8) | data[j + 3]!;
    }
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15]!;
      const y = W[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
    }
    let a = h[0]!,
      b = h[1]!,
      c = h[2]!,
      d = h[3]!,
      e = h[4]!,
      f = h[5]!,
      g = h[6]!,
      k = h[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (k + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + k) | 0;
  }
  const out: number[] = [];
  for (const v of h) out.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
  return out;
}

/** HMAC-SHA256 (RFC 2104) under a fixed key: returns the function of the message. */
function hmacWith(key: number[]): (message: number[]) => number[] {
  const block = key.length > 64 ? sha256(key) : [...key];
  while (block.length < 64) block.push(0);
  const innerPad = block.map((b) => b ^ 0x36);
  const outerPad = block.map((b) => b ^ 0x5c);
  return (message) => sha256(outerPad.concat(sha256(innerPad.concat(message))));
}

/** PBKDF2 (RFC 8018) with HMAC-SHA256, one 32-byte block. */
function pbkdf2(password: string, salt: string, iterations: number): number[] {
  const hmac = hmacWith(utf8(password));
  let u = hmac([...utf8(salt), 0, 0, 0, 1]);
  const out = [...u];
  for (let i = 1; i < iterations; i++) {
    u = hmac(u);
    for (let j = 0; j < out.length; j++) out[j]! ^= u[j]!;
  }
  return out;
}

function toHex(bytes: number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Checks `password` against a stored `pbkdf2-sha256$<iterations>$<salt>$<hex hash>`. The
 * comparison looks at every character, so its time does not reveal how much matched.
 */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, iterations, salt, expected] = stored.split("$");
  if (scheme !== "pbkdf2-sha256" || !iterations || !salt || !expected) return false;
  const actual = toHex(pbkdf2(password, salt, Number(iterations)));
  if (actual.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= actual.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}

/**
 * A valid hash of a password nobody has. Verify against it when the email is unknown, so a
 * login for a missing account does the same work, and takes as long, as a wrong password.
 */
export const DUMMY_HASH =
  "pbkdf2-sha256$1000$unused-salt$0000000000000000000000000000000000000000000000000000000000000000";

interface SandboxCrypto {
  randomUUID(): string;
}

/**
 * A new session id: 244 random bits from two UUIDs (v4), hex only, safe in a cookie. Nobody can
 * guess it or derive it from the user. (In the sandbox the generator is seeded so that runs are
 * reproducible; in Node you would use `randomBytes(32).toString("base64url")`.)
 */
export function newSessionId(): string {
  const { crypto } = globalThis as unknown as { crypto: SandboxCrypto };
  return (crypto.randomUUID() + crypto.randomUUID()).replace(/-/g, "");
}
