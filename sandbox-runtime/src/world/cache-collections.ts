// Hash, list, set and sorted-set commands, with Redis semantics. Memory is counted as each
// element goes in or out (cache-store.ts), and an emptied collection disappears as in Redis.
import {
  addInt64,
  formatScore,
  parseBound,
  parseInteger,
  parseScore,
  rangeIndices,
  SYNTAX,
  toNumber,
  type Command,
} from "./cache-reply.ts";
import { ELEMENT_OVERHEAD, type Keyspace } from "./cache-store.ts";
import { WorldError } from "./types.ts";

const ANY = Number.POSITIVE_INFINITY;
const SCORE_BYTES = 8;
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
function sortedMembers(value: Map<string, number>): [string, number][] {
  return [...value].sort(([ma, sa], [mb, sb]) => sa - sb || (ma < mb ? -1 : ma > mb ? 1 : 0));
}

function inBounds(score: number, [min, max]: ReturnType<typeof parseBound>[]): boolean {
  const aboveMin = min!.exclusive ? score > min!.value : score >= min!.value;
  const belowMax = max!.exclusive ? score < max!.value : score <= max!.value;
  return aboveMin && belowMax;
}

function withScores(pairs: [string, number][], scores: boolean): string[] {
  return scores ? pairs.flatMap(([m, s]) => [m, formatScore(s)]) : pairs.map(([m]) => m);
}

function zrangeByScore(ks: Keyspace, [key, min, max, ...options]: string[]): string[] {
  let scores = false;
  let offset = 0;
  let count = -1;
  for (let i = 0; i < options.length; i++) {
    const opt = options[i]!.toUpperCase();
    if (opt === "WITHSCORES") scores = true;
    else if (opt === "LIMIT" && i + 2 < options.length) {
      offset = Number(parseInteger(options[++i]!));
      count = Number(parseInteger(options[++i]!));
    } else throw new WorldError(SYNTAX);
  }
  const bounds = [parseBound(min!), parseBound(max!)];
  const entry = ks.read(key!, "zset");
  if (!entry || offset < 0) return [];
  const hits = sortedMembers(entry.value).filter(([, s]) => inBounds(s, bounds));
  return withScores(hits.slice(offset, count < 0 ? undefined : offset + count), scores);
}

const hit = (result: unknown) => {
  const found =
    result !== null && !(typeof result === "object" && Object.keys(result as object).length === 0);
  return { hits: found ? 1 : 0, misses: found ? 0 : 1 };
};

export const COLLECTION_COMMANDS: Record<string, Command> = {
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
  sadd: {
    min: 2,
    max: ANY,
    grows: true,
    run: (ks, [k, ...members]) => {
      const entry = ks.readOrCreate(k!, "set", () => new Set());
      let added = 0;
      for (const m of members) {
        if (entry.value.has(m)) continue;
        entry.value.add(m);
        ks.grow(entry, m.length + ELEMENT_OVERHEAD);
        added++;
      }
      return added;
    },
  },
  srem: {
    min: 2,
    max: ANY,
    run: (ks, [k, ...members]) => {
      const entry = ks.read(k!, "set");
      if (!entry) return 0;
      let removed = 0;
      for (const m of members) {
        if (!entry.value.delete(m)) continue;
        ks.grow(entry, -(m.length + ELEMENT_OVERHEAD));
        removed++;
      }
      ks.dropIfEmpty(k!, entry);
      return removed;
    },
  },
  smembers: { min: 1, max: 1, run: (ks, [k]) => [...(ks.read(k!, "set")?.value ?? [])] },
  sismember: { min: 2, max: 2, run: (ks, [k, m]) => (ks.read(k!, "set")?.value.has(m!) ? 1 : 0) },
  scard: { min: 1, max: 1, run: (ks, [k]) => ks.read(k!, "set")?.value.size ?? 0 },
  zadd: {
    min: 3,
    max: ANY,
    grows: true,
    run: (ks, [k, ...pairs]) => {
      if (pairs.length % 2 !== 0) throw new WorldError(SYNTAX);
      const scores = pairs.filter((_, i) => i % 2 === 0).map((s) => parseScore(s));
      const entry = ks.readOrCreate(k!, "zset", () => new Map());
      let added = 0;
      scores.forEach((score, i) => {
        const member = pairs[i * 2 + 1]!;
        if (!entry.value.has(member)) {
          added++;
          ks.grow(entry, member.length + SCORE_BYTES + ELEMENT_OVERHEAD);
        }
        entry.value.set(member, score);
      });
      return added;
    },
  },
  zrem: {
    min: 2,
    max: ANY,
    run: (ks, [k, ...members]) => {
      const entry = ks.read(k!, "zset");
      if (!entry) return 0;
      let removed = 0;
      for (const m of members) {
        if (!entry.value.delete(m)) continue;
        ks.grow(entry, -(m.length + SCORE_BYTES + ELEMENT_OVERHEAD));
        removed++;
      }
      ks.dropIfEmpty(k!, entry);
      return removed;
    },
  },
  zscore: {
    min: 2,
    max: 2,
    run: (ks, [k, m]) => {
      const score = ks.read(k!, "zset")?.value.get(m!);
      return score === undefined ? null : formatScore(score);
    },
  },
  zcard: { min: 1, max: 1, run: (ks, [k]) => ks.read(k!, "zset")?.value.size ?? 0 },
  zrange: {
    min: 3,
    max: 4,
    run: (ks, [k, start, stop, option]) => {
      if (option !== undefined && option.toUpperCase() !== "WITHSCORES")
        throw new WorldError(SYNTAX);
      const sorted = sortedMembers(ks.read(k!, "zset")?.value ?? new Map());
      const range = rangeIndices(sorted.length, start!, stop!);
      return range ? withScores(sorted.slice(range[0], range[1] + 1), option !== undefined) : [];
    },
  },
  zrangebyscore: { min: 3, max: 7, run: zrangeByScore },
  zremrangebyscore: {
    min: 3,
    max: 3,
    run: (ks, [k, min, max]) => {
      const bounds = [parseBound(min!), parseBound(max!)];
      const entry = ks.read(k!, "zset");
      if (!entry) return 0;
      let removed = 0;
      for (const [m, s] of [...entry.value]) {
        if (!inBounds(s, bounds)) continue;
        entry.value.delete(m);
        ks.grow(entry, -(m.length + SCORE_BYTES + ELEMENT_OVERHEAD));
        removed++;
      }
      ks.dropIfEmpty(k!, entry);
      return removed;
    },
  },
};
