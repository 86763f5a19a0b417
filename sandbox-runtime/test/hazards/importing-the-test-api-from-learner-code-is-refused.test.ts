import { expect, test } from "vitest";
import { runInProcess } from "../../src/index.ts";
import { exercise, expectNextRunPasses } from "../helpers.ts";

for (const [what, source] of [
  [
    "static import of @pillars/test",
    `import { expect } from "@pillars/test";\nexport const x = expect;`,
  ],
  [
    "static import of @pillars/learner",
    `import * as me from "@pillars/learner";\nexport const x = me;`,
  ],
  ["dynamic import of @pillars/test", `export const x = () => import("@pillars/test");`],
  [
    "require of @pillars/test",
    `declare const require: (m: string) => unknown;\nexport const x = require("@pillars/test");`,
  ],
] as const) {
  test(`${what} is a compile_error`, async () => {
    const result = await runInProcess(exercise(source, `test("t", () => { expect(1).toBe(1); });`));
    expect(result.verdict).toBe("compile_error");
    expect(result.diagnostics?.[0]?.file).toBe("index.ts");
    await expectNextRunPasses();
  });
}
