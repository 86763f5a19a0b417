import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceHash } from "./build-stamp.ts";

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "pillars-stamp-"));
  mkdirSync(join(root, "app"));
  writeFileSync(join(root, "app/page.tsx"), "export default 1;");
  writeFileSync(join(root, "package-lock.json"), "{}");
  return root;
}

describe("build stamp", () => {
  it("is stable for an unchanged tree, so a second npm start skips the build", () => {
    const root = tree();
    expect(sourceHash(root)).toBe(sourceHash(root));
  });

  it("changes when a source file changes, so edits are rebuilt", () => {
    const root = tree();
    const before = sourceHash(root);
    writeFileSync(join(root, "app/page.tsx"), "export default 2;");
    expect(sourceHash(root)).not.toBe(before);
  });

  it("ignores node_modules and data, which do not shape the build", () => {
    const root = tree();
    const before = sourceHash(root);
    mkdirSync(join(root, "app/node_modules"));
    writeFileSync(join(root, "app/node_modules/x.js"), "1");
    expect(sourceHash(root)).toBe(before);
  });
});
