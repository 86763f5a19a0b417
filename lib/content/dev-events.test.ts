import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { onContentChange } from "./dev-events.ts";

let root = "";
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("onContentChange", () => {
  it("reports a save deep in the lessons folder, once per batch of writes", async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "pillars-watch-"));
    const dir = path.join(root, "01-http", "01-basics");
    await mkdir(dir, { recursive: true });
    let calls = 0;
    const changed = new Promise<void>((resolve) => {
      const stop = onContentChange(root, () => {
        calls++;
        stop();
        resolve();
      });
    });
    await writeFile(path.join(dir, "lesson.mdx"), "one");
    await writeFile(path.join(dir, "lesson.mdx"), "two");
    await changed;
    expect(calls).toBe(1);
  });
});
