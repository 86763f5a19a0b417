import { describe, expect, test } from "vitest";
import { clearCode, codeKey, loadCode, saveCode } from "./code-storage.ts";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const starter = { "index.ts": "// start", "repo.ts": "// repo" };

describe("code kept per exercise", () => {
  test("with nothing saved the learner gets the starter", () => {
    expect(loadCode(memoryStorage(), "ex", starter)).toEqual(starter);
  });

  test("saved code comes back for the same exercise only", () => {
    const storage = memoryStorage();
    saveCode(storage, "ex", { ...starter, "index.ts": "// mine" });
    expect(loadCode(storage, "ex", starter)["index.ts"]).toBe("// mine");
    expect(loadCode(storage, "other", starter)["index.ts"]).toBe("// start");
  });

  test("saved files outside the starter, and non-string sources, are ignored", () => {
    const storage = memoryStorage({
      [codeKey("ex")]: JSON.stringify({ "index.ts": 42, "evil.ts": "x", "repo.ts": "// kept" }),
    });
    expect(loadCode(storage, "ex", starter)).toEqual({
      "index.ts": "// start",
      "repo.ts": "// kept",
    });
  });

  test("corrupt saved code falls back to the starter", () => {
    const storage = memoryStorage({ [codeKey("ex")]: "{oops" });
    expect(loadCode(storage, "ex", starter)).toEqual(starter);
  });

  test("reset clears the saved code", () => {
    const storage = memoryStorage();
    saveCode(storage, "ex", { "index.ts": "// mine" });
    clearCode(storage, "ex");
    expect(storage.data.has(codeKey("ex"))).toBe(false);
  });
});
