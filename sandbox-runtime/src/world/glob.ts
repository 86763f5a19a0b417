// Redis-style glob patterns for KEYS: `*`, `?`, `[abc]`, `[^a-z]`, `\x`. Redis (and
// ioredis-mock) match them by recursion that goes exponential on patterns like `*a*a*a*a*b`;
// here a pattern is capped (length, wildcard count, no `[` inside a class) and matched by the
// classic single-backtrack algorithm, which is O(key length × pattern length).
import { WorldError } from "./types.ts";

export const GLOB_MAX_LENGTH = 64;
export const GLOB_MAX_WILDCARDS = 4;

type Token =
  | { kind: "star" }
  | { kind: "one" }
  | { kind: "char"; char: string }
  | { kind: "class"; negate: boolean; chars: string; ranges: [string, string][] };

function parseClass(pattern: string, start: number): { token: Token; end: number } {
  let i = start + 1;
  const negate = pattern[i] === "^";
  if (negate) i++;
  let chars = "";
  const ranges: [string, string][] = [];
  while (i < pattern.length && pattern[i] !== "]") {
    let c = pattern[i]!;
    if (c === "[") throw new WorldError("keys: '[' inside a [...] class is not supported");
    if (c === "\\" && i + 1 < pattern.length) c = pattern[++i]!;
    if (pattern[i + 1] === "-" && i + 2 < pattern.length && pattern[i + 2] !== "]") {
      const hi = pattern[i + 2]!;
      ranges.push(c <= hi ? [c, hi] : [hi, c]);
      i += 3;
    } else {
      chars += c;
      i++;
    }
  }
  if (i >= pattern.length) throw new WorldError("keys: unclosed '[' in pattern");
  return { token: { kind: "class", negate, chars, ranges }, end: i + 1 };
}

/** Checks the caps and turns a pattern into a matcher. */
export function compileGlob(pattern: string): (key: string) => boolean {
  if (pattern.length > GLOB_MAX_LENGTH) {
    throw new WorldError(
      `keys: pattern longer than ${GLOB_MAX_LENGTH} characters; prefer exact keys`,
    );
  }
  const tokens: Token[] = [];
  let wildcards = 0;
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "*" || c === "?" || c === "[") {
      if (++wildcards > GLOB_MAX_WILDCARDS) {
        throw new WorldError(
          `keys: more than ${GLOB_MAX_WILDCARDS} wildcards in pattern; prefer exact keys`,
        );
      }
    }
    if (c === "*") {
      // Consecutive stars mean one star.
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" });
      i++;
    } else if (c === "?") {
      tokens.push({ kind: "one" });
      i++;
    } else if (c === "[") {
      const { token, end } = parseClass(pattern, i);
      tokens.push(token);
      i = end;
    } else if (c === "\\" && i + 1 < pattern.length) {
      tokens.push({ kind: "char", char: pattern[i + 1]! });
      i += 2;
    } else {
      tokens.push({ kind: "char", char: c });
      i++;
    }
  }
  return (key) => matchTokens(tokens, key);
}

function matchOne(token: Token, c: string): boolean {
  if (token.kind === "one") return true;
  if (token.kind === "char") return token.char === c;
  if (token.kind === "class") {
    const inClass = token.chars.includes(c) || token.ranges.some(([lo, hi]) => c >= lo && c <= hi);
    return inClass !== token.negate;
  }
  return false;
}

function matchTokens(tokens: Token[], s: string): boolean {
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < s.length) {
    const token = tokens[p];
    if (token && token.kind !== "star" && matchOne(token, s[i]!)) {
      p++;
      i++;
    } else if (token?.kind === "star") {
      starP = p++;
      starI = i;
    } else if (starP >= 0) {
      // Let the last star swallow one more character and retry from just after it.
      p = starP + 1;
      i = ++starI;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === "star") p++;
  return p === tokens.length;
}
