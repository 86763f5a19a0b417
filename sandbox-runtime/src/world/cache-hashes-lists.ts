// Hash and list commands, with Redis semantics. Memory is counted as each element goes in or
// out (cache-store.ts), and an emptied collection disappears as in Redis.
import { addInt64, parseInteger, rangeIndices, toNumber, type Command } from "./cache-reply.ts";
import { ELEMENT_OVERHEAD, type Keyspace } from "./cache-store.ts";
import { WorldError } from "./types.ts";

const ANY = Number.POSITIVE_INFINITY;
const wrongArgs = (cmd: string) =>
  new WorldError(`ERR wrong number of arguments for '${cmd}' command`);

function hashSet(ks: Keyspace, [key, ...pairs]: string[]): number {
  if (pairs.length % 2 !== 0) throw wrongArgs("hset");
  const entry = ks.readOrCreate(key!, "hash", () => new Map());
  let added = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const [field, value] = [pairs[i]!, pairs[i + 1]!];
    const old = entry.value.get(field);
    if (old === undefined) {
      added++;
      ks.grow(entry, field.length + value.length + ELEMENT_OVERHEAD);
    } else {
      ks.grow(entry, value.length - old.length);
    }
    entry.value.set(field, value);
  }
  return added;
}

function push(ks: Keyspace, [key, ...values]: string[], atHead: boolean): number {
  const entry = ks.readOrCreate(key!, "list", () => []);
  for (const v of values) {
    if (atHead) entry.value.unshift(v);
    else entry.value.push(v);
    ks.grow(entry, v.length + ELEMENT_OVERHEAD);
  }
  return entry.value.length;
}

function pop(ks: Keyspace, key: string, fromHead: boolean): string | null {
  const entry = ks.read(key, "list");
  if (!entry) return null;
  const v = (fromHead ? entry.value.shift() : entry.value.pop())!;
  ks.grow(entry, -(v.length + ELEMENT_OVERHEAD));
  ks.dropIfEmpty(key, entry);
  return v;
}

/** Members in Redis order: by score, then by member. */
const hit = (result: unknown) => {
  const found =
    result !== null && !(typeof result === "object" && Object.keys(result as object).length === 0);
  return { hits: found ? 1 : 0, misses: found ? 0 : 1 };
};

export const HASH_LIST_COMMANDS: Record<string, Command> = {
  hget: {
    min: 2,
    max: 2,
    lookups: (_a, r) => hit(r),
    run: (ks, [k, f]) => ks.read(k!, "hash")?.value.get(f!) ?? null,
  },
  hset: { min: 3, max: ANY, grows: true, run: hashSet },
  hgetall: {
    min: 1,
    max: 1,
    lookups: (_a, r) => hit(r),
    run: (ks, [k]) => {
      const out: Record<string, string> = Object.create(null); // a field named __proto__ stays a field
      for (const [f, v] of ks.read(k!, "hash")?.value ?? []) out[f] = v;
      return out;
    },
  },
  hdel: {
    min: 2,
    max: ANY,
    run: (ks, [k, ...fields]) => {
      const entry = ks.read(k!, "hash");
      if (!entry) return 0;
      let removed = 0;
      for (const f of fields) {
        const old = entry.value.get(f);
        if (old === undefined) continue;
        entry.value.delete(f);
        ks.grow(entry, -(f.length + old.length + ELEMENT_OVERHEAD));
        removed++;
      }
      ks.dropIfEmpty(k!, entry);
      return removed;
    },
  },
  hincrby: {
    min: 3,
    max: 3,
    grows: true,
    run: (ks, [k, f, by]) => {
      const increment = parseInteger(by!);
      const old = ks.read(k!, "hash")?.value.get(f!);
      let current = 0n;
      if (old !== undefined) {
        if (!/^(0|-?[1-9][0-9]*)$/.test(old))
          throw new WorldError("ERR hash value is not an integer");
        current = parseInteger(old);
      }
      const next = addInt64(current, increment);
      hashSet(ks, [k!, f!, String(next)]);
      return toNumber(next);
    },
  },
  lpush: { min: 2, max: ANY, grows: true, run: (ks, a) => push(ks, a, true) },
  rpush: { min: 2, max: ANY, grows: true, run: (ks, a) => push(ks, a, false) },
  lpop: { min: 1, max: 1, run: (ks, [k]) => pop(ks, k!, true) },
  rpop: { min: 1, max: 1, run: (ks, [k]) => pop(ks, k!, false) },
  llen: { min: 1, max: 1, run: (ks, [k]) => ks.read(k!, "list")?.value.length ?? 0 },
  lrange: {
    min: 3,
    max: 3,
    run: (ks, [k, start, stop]) => {
      const list = ks.read(k!, "list")?.value ?? [];
      const range = rangeIndices(list.length, start!, stop!);
      return range ? list.slice(range[0], range[1] + 1) : [];
    },
  },
  ltrim: {
    min: 3,
    max: 3,
    run: (ks, [k, start, stop]) => {
      const entry = ks.read(k!, "list");
      if (!entry) return "OK";
      const range = rangeIndices(entry.value.length, start!, stop!);
      const kept = range ? entry.value.slice(range[0], range[1] + 1) : [];
      const bytes = (vs: string[]) => vs.reduce((n, v) => n + v.length + ELEMENT_OVERHEAD, 0);
      ks.grow(entry, bytes(kept) - bytes(entry.value));
      entry.value = kept;
      ks.dropIfEmpty(k!, entry);
      return "OK";
    },
  },
};
