// Runs inside the isolate: the standard text and binary encodings learners expect, in plain
// JavaScript (no host call): TextEncoder / TextDecoder (UTF-8 only, as in browsers and Node),
// atob / btoa, and the hex / base64 / base64url helpers the crypto module's digests use.

/** UTF-8 bytes of a string; lone surrogates become U+FFFD, as TextEncoder does. */
export function utf8Encode(input) {
  const text = String(input);
  const out = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

/** Decodes UTF-8; each malformed sequence becomes one U+FFFD (WHATWG's decoder). */
export function utf8Decode(bytes, fatal = false) {
  let out = "";
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b < 0xc2 ? -1 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : b < 0xf5 ? 3 : -1;
    let c = need === 0 ? b : need === 1 ? b & 31 : need === 2 ? b & 15 : b & 7;
    let k = 1;
    for (; k <= need; k++) {
      const n = bytes[i + k];
      // The second byte's range excludes overlongs and surrogates (WHATWG's bounds).
      const lo = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (n === undefined || n < lo || n > hi) break;
      c = (c << 6) | (n & 63);
    }
    if (need < 0 || k <= need) {
      if (fatal) throw new TypeError("The encoded data was not valid UTF-8");
      out += "\ufffd";
      // The byte that broke the sequence starts the next one.
      i += need < 0 ? 1 : k;
      continue;
    }
    out += String.fromCodePoint(c);
    i += need + 1;
  }
  return out;
}

function toBytes(input) {
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input))
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input === undefined) return new Uint8Array(0);
  throw new TypeError("The input must be an ArrayBuffer or an ArrayBufferView");
}

export class TextEncoder {
  get encoding() {
    return "utf-8";
  }
  encode(input = "") {
    return utf8Encode(input);
  }
  encodeInto(source, destination) {
    const bytes = utf8Encode(source);
    // Whole characters only: back off to the last lead byte that fits.
    let written = Math.min(bytes.length, destination.length);
    while (written < bytes.length && written > 0 && (bytes[written] & 0xc0) === 0x80) written--;
    destination.set(bytes.subarray(0, written));
    return { read: utf8Decode(bytes.subarray(0, written)).length, written };
  }
}

export class TextDecoder {
  #fatal;
  #ignoreBOM;
  constructor(label = "utf-8", options = {}) {
    if (!/^\s*(utf-?8|unicode-1-1-utf-8)\s*$/i.test(String(label)))
      throw new RangeError(`The "${String(label)}" encoding is not supported (only utf-8)`);
    this.#fatal = options?.fatal === true;
    this.#ignoreBOM = options?.ignoreBOM === true;
  }
  get encoding() {
    return "utf-8";
  }
  get fatal() {
    return this.#fatal;
  }
  get ignoreBOM() {
    return this.#ignoreBOM;
  }
  decode(input) {
    let bytes = toBytes(input);
    if (!this.#ignoreBOM && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      bytes = bytes.subarray(3);
    return utf8Decode(bytes, this.#fatal);
  }
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function bytesToBase64(bytes, url = false) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : url ? "" : "=";
    out += i + 2 < bytes.length ? B64[n & 63] : url ? "" : "=";
  }
  return url ? out.replace(/\+/g, "-").replace(/\//g, "_") : out;
}

/** Accepts base64 and base64url, with or without padding; null if it is neither. */
export function base64ToBytes(text) {
  const clean = String(text)
    .replace(/[\t\n\f\r ]/g, "")
    .replace(/-/g, "+")
    .replace(/_/g, "/");
  const bare = clean.replace(/={1,2}$/, "");
  if (bare.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(bare)) return null;
  if (clean.length !== bare.length && clean.length % 4 !== 0) return null;
  const out = new Uint8Array(Math.floor((bare.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (let i = 0; i < bare.length; i++) {
    value = (value << 6) | B64.indexOf(bare[i]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (value >> bits) & 255;
    }
  }
  return out;
}

export function bytesToHex(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
  return out;
}

export function hexToBytes(hex) {
  const text = String(hex);
  if (text.length % 2 !== 0 || /[^0-9a-f]/i.test(text)) throw new TypeError("Invalid hex string");
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function invalidCharacter(message) {
  const error = new Error(message);
  error.name = "InvalidCharacterError";
  return error;
}

/** Base64 of a "binary string" (each char one byte), as in browsers. */
export function btoa(data) {
  const text = String(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 255) throw invalidCharacter("btoa: the string contains characters outside Latin-1");
    bytes[i] = c;
  }
  return bytesToBase64(bytes);
}

export function atob(data) {
  const text = String(data);
  const bytes = /[-_]/.test(text) ? null : base64ToBytes(text);
  if (bytes === null) throw invalidCharacter("atob: the string is not correctly encoded base64");
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}
