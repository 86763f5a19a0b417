import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UNMATCHED, createRouteMatcher, loadRoutePatterns } from "./route-patterns.ts";

const root = mkdtempSync(join(tmpdir(), "pillars-routes-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const file of [
  "app/page.tsx",
  "app/layout.tsx",
  "app/favicon.ico",
  "app/(learn)/pillars/[pillarId]/page.tsx",
  "app/(learn)/pillars/[pillarId]/[lessonId]/page.tsx",
  "app/(learn)/pillars/new/page.tsx",
  "app/api/v1/exercises/route.ts",
  "app/api/v1/exercises/[id]/route.ts",
  "app/api/v1/exercises/[id]/runs/route.ts",
  "app/api/v1/[...path]/route.ts",
  "app/docs/[[...slug]]/page.tsx",
  "app/_components/page.tsx",
  "app/metrics/route.ts",
  "public/robots.txt",
]) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), "");
}
const routeOf = createRouteMatcher(loadRoutePatterns(join(root, "app"), join(root, "public")));

describe("route patterns", () => {
  it("labels paths with the route pattern that serves them, most specific first", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/api/v1/exercises")).toBe("/api/v1/exercises");
    expect(routeOf("/api/v1/exercises/abc?x=1")).toBe("/api/v1/exercises/[id]");
    expect(routeOf("/api/v1/exercises/abc/runs")).toBe("/api/v1/exercises/[id]/runs");
    expect(routeOf("/api/v1/whatever/else")).toBe("/api/v1/[...path]");
    expect(routeOf("/pillars/http")).toBe("/pillars/[pillarId]");
    expect(routeOf("/pillars/new")).toBe("/pillars/new");
    expect(routeOf("/pillars/http/intro")).toBe("/pillars/[pillarId]/[lessonId]");
    expect(routeOf("/docs")).toBe("/docs/[[...slug]]");
    expect(routeOf("/docs/a/b/c")).toBe("/docs/[[...slug]]");
    expect(routeOf("/favicon.ico")).toBe("/favicon.ico");
    expect(routeOf("/robots.txt")).toBe("/robots.txt");
    expect(routeOf("/_next/static/chunks/abc123.js")).toBe("/_next/static");
  });

  it("gives every unserved path one label, so metrics stay bounded", () => {
    for (const path of ["/wp-admin", "/pillars", "/pillars/a/b/c", "/_components", "/metrics/x"]) {
      expect(routeOf(path)).toBe(UNMATCHED);
    }
  });
});
