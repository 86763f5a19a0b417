import { describe, expect, test } from "vitest";
import { compileLearner, compileTests } from "../src/compile.ts";

describe("compile", () => {
  test("bundles learner files from memory, resolving extensionless and .js-style imports", async () => {
    const out = await compileLearner(
      {
        "index.ts": `import { a } from "./a";\nimport { b } from "./lib/b.js";\nexport const sum = a + b;`,
        "a.ts": "export const a = 1;",
        "lib/b.ts": "export const b = 2;",
      },
      "index.ts",
    );
    expect(out.ok).toBe(true);
  });

  test("reports a missing file at the import's position", async () => {
    const out = await compileLearner(
      { "index.ts": `\n\nimport { x } from "./missing";\nexport const y = x;` },
      "index.ts",
    );
    expect(out).toMatchObject({
      ok: false,
      diagnostics: [{ file: "index.ts", line: 3, column: 19 }],
    });
  });

  test("refuses paths that climb out of the learner's files", async () => {
    const out = await compileLearner({ "index.ts": `import "../../etc/passwd";` }, "index.ts");
    expect(out.ok).toBe(false);
  });

  test("caches by content: the same tests compile once", async () => {
    const tests = { "a.test.ts": `import { test } from "@pillars/test";\ntest("t", () => {});` };
    const first = await compileTests(tests);
    const second = await compileTests({ ...tests });
    expect(second).toBe(first);
  });
});
