import { describe, expect, it } from "vitest";
import { workspaceTabs } from "./tabs.ts";

describe("workspace tabs", () => {
  it("opens the file to edit first, then the other starter files, then given files, then visible tests", () => {
    const tabs = workspaceTabs({
      open: "sessions.ts",
      files: { "credentials.ts": "", "sessions.ts": "", "lib/store.ts": "" },
      given: { "hs256.ts": "", "base64url.ts": "" },
      visibleTests: { "shape.visible.test.ts": "" },
    });
    expect(tabs).toEqual([
      { path: "sessions.ts", readOnly: false },
      { path: "credentials.ts", readOnly: false },
      { path: "lib/store.ts", readOnly: false },
      { path: "base64url.ts", readOnly: true },
      { path: "hs256.ts", readOnly: true },
      { path: "shape.visible.test.ts", readOnly: true },
    ]);
  });

  it("never shows a given path as an editable file", () => {
    const tabs = workspaceTabs({
      open: "index.ts",
      files: { "index.ts": "", "hs256.ts": "old edit" },
      given: { "hs256.ts": "" },
      visibleTests: {},
    });
    expect(tabs).toEqual([
      { path: "index.ts", readOnly: false },
      { path: "hs256.ts", readOnly: true },
    ]);
  });
});
