import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUTHORING_DOC, renderAuthoringDoc } from "./field-docs.ts";
import { renderJsonSchemas, SCHEMAS_DIR } from "./json-schema.ts";

describe("schemas/*.schema.json", () => {
  it("are current with the zod schemas (regenerate with `npm run lessons -- schemas`)", async () => {
    for (const [name, text] of Object.entries(await renderJsonSchemas())) {
      expect(await readFile(path.join(SCHEMAS_DIR, name), "utf8"), name).toBe(text);
    }
  });

  it("describe every property, so editors explain each field", async () => {
    const undocumented: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (!node || typeof node !== "object") return;
      const props =
        (node as { properties?: Record<string, { description?: string }> }).properties ?? {};
      for (const [key, value] of Object.entries(props)) {
        if (!value.description && key !== "kind") undocumented.push(`${at}.${key}`);
      }
      for (const [key, value] of Object.entries(node)) visit(value, `${at}.${key}`);
    };
    for (const [name, text] of Object.entries(await renderJsonSchemas()))
      visit(JSON.parse(text), name);
    expect(undocumented).toEqual([]);
  });
});

describe("docs/authoring.md", () => {
  it("carries the current field reference generated from the schemas", async () => {
    const current = await readFile(AUTHORING_DOC, "utf8");
    expect(current).toBe(await renderAuthoringDoc(current));
    expect(current).toMatch(/\| `limits\.cpuMs` +\| integer +\|/);
  });
});
