import { expect, it } from "vitest";
import { compileGlob } from "./glob.ts";

const matches = (pattern: string, key: string) => compileGlob(pattern)(key);

it("matches Redis glob syntax", () => {
  expect(matches("user:*", "user:42")).toBe(true);
  expect(matches("user:*", "users:42")).toBe(false);
  expect(matches("h?llo", "hello")).toBe(true);
  expect(matches("h?llo", "hllo")).toBe(false);
  expect(matches("h[ae]llo", "hallo")).toBe(true);
  expect(matches("h[^e]llo", "hello")).toBe(false);
  expect(matches("h[a-c]llo", "hbllo")).toBe(true);
  expect(matches("a\\*b", "a*b")).toBe(true);
  expect(matches("a\\*b", "axb")).toBe(false);
  expect(matches("*", "")).toBe(true);
  expect(matches("**x", "abcx")).toBe(true);
  expect(matches("a*b*c", "aXbYc")).toBe(true);
  expect(matches("a*b*c", "aXbYcZ")).toBe(false);
});
