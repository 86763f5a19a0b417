import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { measure, scriptsOf } from "./bundle-size.ts";

const dist = mkdtempSync(join(tmpdir(), "pillars-size-"));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(dist, path, ".."), { recursive: true });
  writeFileSync(join(dist, path), text);
}

describe("first-load JS per page type", () => {
  test("reads the page's own static scripts, once each, ignoring others", () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/a.js"></script>
      <script src="/_next/static/chunks/b.js?dpl=1"></script><script src="https://cdn.example/x.js"></script><script>inline()</script>
      <script src="/_next/static/chunks/polyfills.js" noModule=""></script>`;
    expect(scriptsOf(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  });

  test("sums gzip sizes and reports the heaviest page of each type", () => {
    write("static/chunks/shared.js", "x".repeat(50_000));
    write(
      "static/chunks/editor.js",
      Array.from({ length: 20_000 }, (_, i) => i.toString(36)).join(";"),
    );
    write("server/app/index.html", '<script src="/_next/static/chunks/shared.js"></script>');
    write(
      "server/app/learn/http/one.html",
      '<script src="/_next/static/chunks/shared.js"></script>',
    );
    write(
      "server/app/learn/http/two.html",
      '<script src="/_next/static/chunks/shared.js"></script><script src="/_next/static/chunks/editor.js"></script>',
    );
    const sizes = measure(dist);
    const lesson = sizes.find((s) => s.name === "lesson")!;
    const catalog = sizes.find((s) => s.name === "catalog (/)")!;
    expect(lesson.example).toBe(join("learn/http/two.html"));
    expect(lesson.scripts).toBe(2);
    expect(lesson.gzipBytes).toBeGreaterThan(catalog.gzipBytes);
    // gzip, not raw bytes: 50 000 identical characters compress to almost nothing.
    expect(catalog.gzipBytes).toBeLessThan(1000);
    expect(sizes.map((s) => s.name)).toEqual(["catalog (/)", "lesson"]);
  });
});
