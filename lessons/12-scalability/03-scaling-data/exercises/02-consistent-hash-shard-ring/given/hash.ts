/**
 * A fast 32-bit hash of a string: FNV-1a, then a final mix (from MurmurHash3) so that
 * similar inputs ("orders#1", "orders#2") land far apart on the ring. Not for security.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0; // unsigned: a position from 0 to 2^32 - 1
}
