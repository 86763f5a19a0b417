// SQL's random() and randomblob(n) draw from a generator seeded the same for every run, like
// the guest's Math.random: a query such as `ORDER BY random()` gives the same rows in every
// run of the same code, so a RunResult is reproducible. Application functions take precedence
// over SQLite's built-ins of the same name on this connection.
import type { DatabaseSync } from "node:sqlite";

const SEED = 0x5eed5a1e;
/** randomblob(n) larger than this is refused: the result caps would refuse it anyway. */
const MAX_BLOB = 1024 * 1024;

export function installSeededRandomInSql(db: DatabaseSync): void {
  let state = SEED;
  // mulberry32, as src/guest/random.js.
  const next32 = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  // Not deterministic in SQLite's sense: each call must draw again.
  const options = { deterministic: false };
  db.function("random", options, () =>
    BigInt.asIntN(64, (BigInt(next32()) << 32n) | BigInt(next32())),
  );
  db.function("randomblob", options, (n: unknown) => {
    const size = Math.max(1, Math.trunc(Number(n)) || 1);
    if (size > MAX_BLOB) throw new Error(`randomblob: at most ${MAX_BLOB} bytes`);
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i += 4) {
      const word = next32();
      for (let k = 0; k < 4 && i + k < size; k++) bytes[i + k] = (word >>> (8 * k)) & 255;
    }
    return bytes;
  });
}
