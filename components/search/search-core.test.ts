import { describe, expect, test } from "vitest";
import { search, tokenize, type SearchDoc } from "./search-core.ts";

const doc = (title: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  kind: "lesson",
  title,
  href: `/x/${title}`,
  summary: "",
  context: "",
  keywords: "",
  ...extra,
});

const docs = [
  doc("Cache-aside and TTLs", { summary: "Read through the cache, expire with a TTL." }),
  doc("Idempotency keys", { kind: "exercise", summary: "Replay-safe POST requests." }),
  doc("Transactions", { keywords: "ACID rollback cache" }),
];

describe("course search", () => {
  test("finds by title, summary or keywords, title matches first", () => {
    expect(search(docs, "cache").map((d) => d.title)).toEqual([
      "Cache-aside and TTLs",
      "Transactions",
    ]);
  });
  test("a word prefix finds the whole word, and every query word must match", () => {
    expect(search(docs, "idemp").map((d) => d.title)).toEqual(["Idempotency keys"]);
    expect(search(docs, "cache rollback").map((d) => d.title)).toEqual(["Transactions"]);
  });
  test("an empty or punctuation-only query finds nothing", () => {
    expect(search(docs, "  ")).toEqual([]);
    expect(search(docs, "?!")).toEqual([]);
  });
  test("tokens ignore case, accents and punctuation", () => {
    expect(tokenize("Café-Aside, TTLs!")).toEqual(["cafe", "aside", "ttls"]);
  });
});
