// Set and sorted-set commands, with Redis semantics. Memory is counted as each member goes in
// or out (cache-store.ts), and an emptied collection disappears as in Redis.
import {
  formatScore,
  parseBound,
  parseInteger,
  parseScore,
  rangeIndices,
  SYNTAX,
  type Command,
} from "./cache-reply.ts";
import { ELEMENT_OVERHEAD, type Keyspace } from "./cache-store.ts";
import { WorldError } from "./types.ts";

const ANY = Number.POSITIVE_INFINITY;
const SCORE_BYTES = 8;

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

export const SET_COMMANDS: Record<string, Command> = {
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
