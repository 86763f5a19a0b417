// types/globals.d.ts and types/world.d.ts are what the editor type-checks learner code with:
// they must declare exactly the globals the guest has, and accept code that uses them.
import { readFileSync } from "node:fs";
import ivm from "isolated-vm";
import ts from "typescript";
import { expect, test } from "vitest";
import { runInProcess } from "../src/index.ts";
import { exercise } from "./helpers.ts";

const types = (name: string) => readFileSync(new URL(`../types/${name}`, import.meta.url), "utf8");

/** Type-checks `source` as the editor does: lib es2022, strict, world.d.ts and globals.d.ts. */
function typeErrors(source: string): string[] {
  const files: Record<string, string> = {
    "/index.ts": source,
    "/world.d.ts": types("world.d.ts"),
    "/globals.d.ts": types("globals.d.ts"),
  };
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    strict: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => files[name] ?? read(name);
  host.fileExists = (name) => name in files || ts.sys.fileExists(name);
  host.getSourceFile = (name, version) => {
    const text = files[name] ?? read(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, version);
  };
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

test("globals.d.ts declares exactly the globals the guest has beyond a bare V8 context", async () => {
  const bare = new ivm.Isolate();
  const standard = new Set<string>(
    JSON.parse(
      bare.createContextSync().evalSync("JSON.stringify(Object.getOwnPropertyNames(globalThis))"),
    ),
  );
  bare.dispose();
  const result = await runInProcess(
    exercise(
      `export const names = () => Object.getOwnPropertyNames(globalThis);`,
      `test("names", () => { console.log(JSON.stringify(learner.names())); expect(1).toBe(1); });`,
    ),
  );
  const guest: string[] = JSON.parse(result.logs[0]!.message);
  const added = guest.filter((name) => !standard.has(name)).sort();
  const declared = [
    ...types("globals.d.ts").matchAll(/^declare (?:var|function|class) (\w+)/gm),
  ].map((m) => m[1] ?? "");
  // V8's own context has a `console` (writing nowhere); the guest replaces it with the captured one.
  expect(added).toEqual([...new Set(declared)].filter((name) => !standard.has(name)).sort());
  expect(declared.filter((name) => !guest.includes(name))).toEqual([]);
});

test("code using every guest global and the world's crypto type-checks; Node's globals do not", () => {
  expect(
    typeErrors(`import { crypto, db } from "@pillars/world";
export async function demo(): Promise<string> {
  const id = setTimeout((n: number) => console.log(n), 10, 1);
  clearTimeout(id);
  clearInterval(setInterval(() => {}, 5));
  queueMicrotask(() => console.info("later"));
  const bytes = new TextEncoder().encode("é");
  const text = new TextDecoder().decode(bytes);
  const url = new URL("/users?page=2", "https://api.test");
  const page = Number(url.searchParams.get("page") ?? "1");
  const copy = structuredClone({ page, at: new Date() });
  const token = btoa(atob("eA==")) + crypto.createHmac("sha256", "k").update(text).digest("base64url");
  const key = crypto.scryptSync("pw", crypto.randomBytes(16), 32).toString("hex");
  const same = crypto.timingSafeEqual(crypto.createHash("sha256").update(key).digest(), new Uint8Array(32));
  await db.query("SELECT 1");
  return token + copy.page + String(same) + globalThis.crypto.randomUUID();
}`),
  ).toEqual([]);
  const errors = typeErrors(`export const x = [typeof process, Buffer.from("a"), require("fs")];`);
  expect(errors.join("\n")).toMatch(/Cannot find name 'process'/);
  expect(errors.join("\n")).toMatch(/Cannot find name 'Buffer'/);
});
