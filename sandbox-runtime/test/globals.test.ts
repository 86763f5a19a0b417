// The standard globals and the world's crypto, compared with Node's own implementations: what
// a learner computes in the sandbox must be what the same code computes in real Node.
import nodeCrypto from "node:crypto";
import { describe, expect, test } from "vitest";
import { runInProcess } from "../src/index.ts";
import { exercise } from "./helpers.ts";

/** Runs `body` (a function body returning JSON-able data) in the guest and returns its value. */
async function inGuest(body: string): Promise<unknown> {
  const result = await runInProcess(
    exercise(
      `import { crypto } from "@pillars/world";\nexport function go(): unknown { ${body} }`,
      `test("go", () => { console.log(JSON.stringify(learner.go())); expect(1).toBe(1); });`,
    ),
  );
  expect(result.tests).toEqual([{ name: "go", status: "passed" }]);
  return JSON.parse(result.logs[0]!.message);
}

const TEXTS = ["", "plain ascii", "héllo wörld", "€ 😀 𝄞", "\u0000\u007f\u0080\u07ff\u0800\uffff"];
const URLS = [
  "https://example.com",
  "https://user:pw@Example.COM:443/a/b/../c/./d?x=1&y=a+b&z=%20#frag",
  "http://localhost:8080/api/v1/items?sort=-created&page=2",
  "https://api.test/search?q=caf%C3%A9&tag=a&tag=b",
  "https://h.test/path with spaces?q=a b",
];

describe("standard globals", () => {
  test("TextEncoder and TextDecoder agree with Node on UTF-8", async () => {
    const got = await inGuest(
      `const texts = ${JSON.stringify(TEXTS)};
return { encoded: texts.map((t) => Array.from(new TextEncoder().encode(t))),
  roundTrip: texts.map((t) => new TextDecoder().decode(new TextEncoder().encode(t))),
  malformed: new TextDecoder().decode(new Uint8Array([0x61, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0x62])),
  fatal: (() => { try { new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xc3])); return "no error"; } catch (e) { return (e as Error).name; } })() };`,
    );
    const malformed = new TextDecoder().decode(
      new Uint8Array([0x61, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0x62]),
    );
    expect(got).toEqual({
      encoded: TEXTS.map((t) => Array.from(new TextEncoder().encode(t))),
      roundTrip: TEXTS,
      malformed,
      fatal: "TypeError",
    });
  });

  test("atob and btoa agree with Node, and refuse what Node refuses", async () => {
    const got = await inGuest(
      `const tryIt = (f: () => string) => { try { return f(); } catch (e) { return (e as Error).name; } };
return [btoa(""), btoa("f"), btoa("fo"), btoa("foo"), btoa("\\u00ff\\u00fe"), atob("Zm9v"), atob("Zg=="), atob(" Zm 9v "),
  tryIt(() => btoa("€")), tryIt(() => atob("Zm9v!")), tryIt(() => atob("Z"))];`,
    );
    expect(got).toEqual([
      btoa(""),
      btoa("f"),
      btoa("fo"),
      btoa("foo"),
      btoa("\u00ff\u00fe"),
      atob("Zm9v"),
      atob("Zg=="),
      atob(" Zm 9v "),
      "InvalidCharacterError",
      "InvalidCharacterError",
      "InvalidCharacterError",
    ]);
  });

  test("URL and URLSearchParams agree with Node on what backend code reads", async () => {
    const read = (u: URL) => [
      u.href,
      u.protocol,
      u.username,
      u.password,
      u.host,
      u.hostname,
      u.port,
      u.origin,
      u.pathname,
      u.search,
      u.hash,
      [...u.searchParams],
    ];
    const got = await inGuest(
      `const read = ${read.toString()};
const u = new URL("https://a.test/x?b=2&a=1");
u.searchParams.append("c", "d e&f"); u.searchParams.set("b", "3"); u.searchParams.sort();
const p = new URLSearchParams([["k", "v"], ["k", "w"]]);
return { urls: ${JSON.stringify(URLS)}.map((s) => read(new URL(s))),
  relative: [new URL("../d?k=v", "http://h/a/b/c").href, new URL("/root", "https://h/a/b").href, new URL("?q=1", "https://h/a/b?z").href, new URL("#x", "https://h/a?q").href],
  edited: u.href, all: p.getAll("k"), has: p.has("k"), size: p.size, invalid: URL.canParse("not a url"), json: JSON.stringify({ u: new URL("https://h/p") }) };`,
    );
    const u = new URL("https://a.test/x?b=2&a=1");
    u.searchParams.append("c", "d e&f");
    u.searchParams.set("b", "3");
    u.searchParams.sort();
    const p = new URLSearchParams([
      ["k", "v"],
      ["k", "w"],
    ]);
    expect(got).toEqual({
      urls: URLS.map((s) => read(new URL(s))),
      relative: [
        new URL("../d?k=v", "http://h/a/b/c").href,
        new URL("/root", "https://h/a/b").href,
        new URL("?q=1", "https://h/a/b?z").href,
        new URL("#x", "https://h/a?q").href,
      ],
      edited: u.href,
      all: p.getAll("k"),
      has: true,
      size: 2,
      invalid: false,
      json: JSON.stringify({ u: new URL("https://h/p") }),
    });
  });

  test("structuredClone copies deeply, keeps cycles, and refuses functions", async () => {
    const got = await inGuest(
      `const shared = { n: 1 };
const o: any = { d: new Date(5), m: new Map([["k", shared]]), s: new Set([1, 2]), a: [shared, shared], bytes: new Uint8Array([1, 2, 3]), re: /x/gi };
o.self = o;
const c = structuredClone(o);
let fn = "no error"; try { structuredClone({ f() {} }); } catch (e) { fn = (e as Error).name; }
return { cycle: c.self === c, distinct: c !== o && c.a[0] !== shared, sharedKept: c.a[0] === c.a[1] && c.m.get("k") === c.a[0],
  date: c.d instanceof Date && c.d.getTime(), set: [...c.s], bytes: Array.from(c.bytes), re: String(c.re), fn };`,
    );
    expect(got).toEqual({
      cycle: true,
      distinct: true,
      sharedKept: true,
      date: 5,
      set: [1, 2],
      bytes: [1, 2, 3],
      re: "/x/gi",
      fn: "DataCloneError",
    });
  });

  test("queueMicrotask defers its callback until the current code yields", async () => {
    const got = await inGuest(
      `const order: string[] = []; queueMicrotask(() => order.push("micro")); order.push("sync"); return order;`,
    );
    expect(got).toEqual(["sync"]);
  });
});

describe("the world's crypto", () => {
  test("hashes, HMACs and KDFs match node:crypto byte for byte", async () => {
    const got = await inGuest(
      `return {
  sha256: crypto.createHash("sha256").update("abc").update("€").digest("hex"),
  sha512: crypto.createHash("sha512").update(new Uint8Array([1, 2, 3])).digest("base64"),
  sha1: crypto.createHash("sha1").update("x").digest("hex"),
  hmac: crypto.createHmac("sha256", "secret").update("header.payload").digest("base64url"),
  hmacBytes: Array.from(crypto.createHmac("sha512", new Uint8Array([9, 9])).update("m").digest()),
  pbkdf2: crypto.pbkdf2Sync("hunter2", "salt", 1000, 32, "sha256").toString("hex"),
  scrypt: crypto.scryptSync("hunter2", "salt", 32, { N: 1024, r: 8, p: 1 }).toString("base64"),
  equal: crypto.timingSafeEqual(crypto.createHash("sha256").update("a").digest(), crypto.createHash("sha256").update("a").digest()),
  unequal: crypto.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2])),
};`,
    );
    const n = nodeCrypto;
    expect(got).toEqual({
      sha256: n.createHash("sha256").update("abc").update("€").digest("hex"),
      sha512: n
        .createHash("sha512")
        .update(new Uint8Array([1, 2, 3]))
        .digest("base64"),
      sha1: n.createHash("sha1").update("x").digest("hex"),
      hmac: n.createHmac("sha256", "secret").update("header.payload").digest("base64url"),
      hmacBytes: Array.from(
        n
          .createHmac("sha512", new Uint8Array([9, 9]))
          .update("m")
          .digest(),
      ),
      pbkdf2: n.pbkdf2Sync("hunter2", "salt", 1000, 32, "sha256").toString("hex"),
      scrypt: n.scryptSync("hunter2", "salt", 32, { N: 1024, r: 8, p: 1 }).toString("base64"),
      equal: true,
      unequal: false,
    });
  });

  test("randomness is seeded (the same in every run), and costs are capped", async () => {
    const body = `const tryIt = (f: () => unknown) => { try { f(); return "ok"; } catch (e) { return (e as Error).name; } };
return { bytes: crypto.randomBytes(8).toString("hex"), uuid: crypto.randomUUID(),
  bigScrypt: tryIt(() => crypto.scryptSync("p", "s", 32, { N: 1 << 20 })),
  manyIterations: tryIt(() => crypto.pbkdf2Sync("p", "s", 1e9, 32, "sha256")),
  lengths: tryIt(() => crypto.timingSafeEqual(new Uint8Array(1), new Uint8Array(2))),
  unknown: tryIt(() => crypto.createHash("whirlpool")) };`;
    const first = await inGuest(body);
    expect(await inGuest(body)).toEqual(first);
    expect(first).toMatchObject({
      bigScrypt: "RangeError",
      manyIterations: "RangeError",
      lengths: "RangeError",
      unknown: "TypeError",
    });
    expect((first as { bytes: string }).bytes).toMatch(/^[0-9a-f]{16}$/);
  });

  test("learner code cannot change what crypto computes for the tests", async () => {
    const result = await runInProcess(
      exercise(
        `import { crypto } from "@pillars/world";
export function tamper() {
  const tries: string[] = [];
  const bytes = crypto.randomBytes(1) as any;
  const attempt = (name: string, f: () => void) => { try { f(); tries.push(name + ": changed"); } catch { tries.push(name + ": refused"); } };
  attempt("Bytes.prototype.toString", () => { Object.getPrototypeOf(bytes).toString = () => "fake"; });
  attempt("crypto.createHash", () => { (crypto as any).createHash = () => null; });
  attempt("hash object", () => { (crypto.createHash("sha256") as any).digest = () => "fake"; });
  return tries;
}`,
        `test("tamper", () => {
  expect(learner.tamper()).toEqual(["Bytes.prototype.toString: refused", "crypto.createHash: refused", "hash object: refused"]);
  expect(world.crypto === undefined).toBe(true);
});`,
      ),
    );
    expect(result.tests).toEqual([{ name: "tamper", status: "passed" }]);
  });
});
