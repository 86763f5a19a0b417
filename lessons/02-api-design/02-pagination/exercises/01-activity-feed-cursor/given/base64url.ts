// Base64url (RFC 4648, section 5) for ASCII text. In Node you would write
// Buffer.from(text).toString("base64url"); the sandbox has no Buffer or btoa, so here it is.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function encodeBase64url(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 3) {
    const bytes = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)];
    if (bytes.some((b) => b > 127)) throw new RangeError("encodeBase64url takes ASCII text only");
    const [a, b = 0, c = 0] = bytes.map((x) => (Number.isNaN(x) ? 0 : x));
    const chunk = (a! << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((text.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(chunk >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Throws a RangeError for anything that is not base64url of ASCII text. */
export function decodeBase64url(encoded: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) {
    throw new RangeError("not base64url");
  }
  let out = "";
  for (let i = 0; i < encoded.length; i += 4) {
    const group = encoded.slice(i, i + 4);
    let chunk = 0;
    for (let k = 0; k < 4; k++)
      chunk = (chunk << 6) | (k < group.length ? ALPHABET.indexOf(group[k]!) : 0);
    const bytes = [(chunk >> 16) & 255, (chunk >> 8) & 255, chunk & 255].slice(0, group.length - 1);
    if (bytes.some((b) => b > 127)) throw new RangeError("not ASCII text");
    out += String.fromCharCode(...bytes);
  }
  return out;
}
