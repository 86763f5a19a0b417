import { describe, expect, it } from "vitest";
import { compileMdx } from "./mdx.ts";
import { slugify } from "./mdx-analysis.ts";

describe("compileMdx", () => {
  it("takes heading ids from the trailing comment, else from the text, and builds the toc", async () => {
    const { code, toc } = await compileMdx(
      "## Why *caches* help {/*why*/}\n\n### Cost of a miss\n\n#### Deep\n\n## Why *caches* help\n",
    );
    expect(toc).toEqual([
      { depth: 2, id: "why", text: "Why caches help" },
      { depth: 3, id: "cost-of-a-miss", text: "Cost of a miss" },
      { depth: 2, id: "why-caches-help", text: "Why caches help" },
    ]);
    expect(code).toContain('id: "why"');
    expect(code).not.toContain("/*why*/");
  });

  it("keeps ids unique on a page and reports explicit ids given twice", async () => {
    const { toc, analysis } = await compileMdx(
      "## A {/*same*/}\n\n## B {/*same*/}\n\n## Text\n\n## Text\n",
    );
    expect(toc.map((t) => t.id)).toEqual(["same", "same-1", "text", "text-1"]);
    expect(analysis.duplicateIds).toEqual(["same"]);
  });

  it("highlights code at compile time with light and dark colours, and renders GFM tables", async () => {
    const { code } = await compileMdx(
      "```ts\nconst x: number = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    );
    expect(code).toContain("--shiki-dark");
    expect(code).toContain('"table"');
  });

  it("rejects MDX that does not parse", async () => {
    await expect(compileMdx("<Callout>\n\nunclosed {")).rejects.toThrow();
  });
});

describe("slugify", () => {
  it("makes URL-safe ids", () => {
    expect(slugify("What is a Status Code?")).toBe("what-is-a-status-code");
    expect(slugify("Café  & co")).toBe("cafe-co");
    expect(slugify("???")).toBe("section");
  });
});
