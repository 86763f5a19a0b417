// The OpenAPI document and the route files agree: every documented operation has a route file
// serving that method, and every method a route file serves is documented.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { openApiDocument } from "#lib/api/openapi.ts";
import { METHODS, isNotAllowedHandler } from "#lib/http/route.ts";
import { provide } from "#lib/runtime.ts";
import { captureLogger } from "#lib/testing/capture-logger.ts";

const ROOT = import.meta.dirname;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("[...") ? [] : routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/exercises/[id]/runs/route.ts -> /api/v1/exercises/{id}/runs */
function apiPath(file: string): string {
  const segments = relative(ROOT, file).split(sep).slice(0, -1);
  return ["/api/v1", ...segments.map((s) => s.replace(/^\[(.+)\]$/, "{$1}"))].join("/");
}

beforeAll(() => provide("logger", captureLogger().logger));

it("documents exactly the methods the route files serve", async () => {
  const served: string[] = [];
  for (const file of routeFiles(ROOT)) {
    const routeModule = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (!isNotAllowedHandler(routeModule[method])) served.push(`${method} ${apiPath(file)}`);
    }
  }
  const documented = Object.entries(openApiDocument().paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(served.length).toBeGreaterThan(20);
  expect(documented.sort()).toEqual(served.sort());
});

it("is OpenAPI 3.1 with every path parameter declared and every error as problem+json", () => {
  const doc = openApiDocument();
  expect(doc.openapi).toBe("3.1.0");
  for (const [path, ops] of Object.entries(doc.paths)) {
    const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const op of Object.values(ops) as Array<{
      parameters: Array<{ name: string; in: string }>;
      responses: Record<string, { content: Record<string, unknown> }>;
    }>) {
      const declared = op.parameters.filter((p) => p.in === "path").map((p) => p.name);
      expect(declared.sort(), path).toEqual(inPath.sort());
      for (const [status, response] of Object.entries(op.responses)) {
        if (status !== "200")
          expect(Object.keys(response.content)).toEqual(["application/problem+json"]);
      }
    }
  }
  const merge = doc.paths["/api/v1/me/progress/merge"] as {
    post: { requestBody: { content: { "application/json": { schema: { properties: object } } } } };
  };
  expect(Object.keys(merge.post.requestBody.content["application/json"].schema.properties)).toEqual(
    ["exercises", "quizzes", "lessons"],
  );
});

it("is served at /api/v1/openapi.json", async () => {
  const { GET } = await import("./openapi.json/route.ts");
  const response = await GET(new Request("http://x/api/v1/openapi.json"), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { openapi: string }).openapi).toBe("3.1.0");
});
