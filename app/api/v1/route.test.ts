import { beforeAll, describe, expect, it } from "vitest";
import { provide } from "#lib/runtime.ts";
import { captureLogger } from "#lib/testing/capture-logger.ts";
import { openApiDocument } from "#lib/api/openapi.ts";
import * as route from "./route.ts";

const ctx = { params: Promise.resolve({}) };
beforeAll(() => provide("logger", captureLogger().logger));

describe("GET /api/v1", () => {
  it("answers a JSON index whose links are documented API paths", async () => {
    const response = await route.GET(new Request("http://x/api/v1"), ctx);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { links: Record<string, string> };
    expect(body.links.openapi).toBe("/api/v1/openapi.json");
    const documented = Object.keys(openApiDocument().paths);
    for (const link of Object.values(body.links)) expect(documented).toContain(link);
  });

  it("answers other methods with 405 and Allow", async () => {
    const response = await route.POST(new Request("http://x/api/v1", { method: "POST" }), ctx);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});
