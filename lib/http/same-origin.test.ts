// Cross-site protection for /api/v1 mutations, through the route wrapper every route uses.
import { beforeEach, describe, expect, it } from "vitest";
import { captureLogger } from "../testing/capture-logger.ts";
import { provide } from "../runtime.ts";
import { endpoint } from "./route.ts";
import { isCrossSiteMutation } from "./same-origin.ts";

const req = (method: string, headers: Record<string, string>) =>
  new Request("http://pillars.test/api/v1/me/progress/merge", { method, headers });

describe("isCrossSiteMutation", () => {
  it("allows reads from anywhere", () => {
    const headers = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    expect(isCrossSiteMutation(req("GET", headers), [])).toBe(false);
  });
  it("refuses cross-site and same-site (sibling subdomain) posts by Sec-Fetch-Site", () => {
    for (const site of ["cross-site", "same-site"]) {
      expect(isCrossSiteMutation(req("POST", { "sec-fetch-site": site }), [])).toBe(true);
    }
  });
  it("refuses a post whose Origin is not the site's, including the opaque 'null'", () => {
    for (const origin of ["https://evil.example", "null", "http://pillars.test:8080"]) {
      expect(isCrossSiteMutation(req("DELETE", { origin }), [])).toBe(true);
    }
  });
  it("allows same-origin posts, the configured public origin, and non-browser clients", () => {
    expect(isCrossSiteMutation(req("POST", { "sec-fetch-site": "same-origin" }), [])).toBe(false);
    expect(isCrossSiteMutation(req("POST", { origin: "http://pillars.test" }), [])).toBe(false);
    const behindProxy = req("PUT", { origin: "https://pillars.example" });
    expect(isCrossSiteMutation(behindProxy, ["https://pillars.example"])).toBe(false);
    expect(isCrossSiteMutation(req("POST", {}), [])).toBe(false);
  });
});

describe("the route wrapper", () => {
  beforeEach(() => provide("logger", captureLogger().logger));
  it("answers a cross-site mutation 403 problem+json without running the handler", async () => {
    let ran = false;
    const handler = endpoint({
      handle: async () => {
        ran = true;
        return { ok: true };
      },
    });
    const ctx = { params: Promise.resolve({}) };
    const evil = req("POST", { origin: "https://evil.example", cookie: "s=1" });
    const response = await handler(evil, ctx);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(ran).toBe(false);
    const same = await handler(req("POST", { origin: "http://pillars.test", cookie: "s=1" }), ctx);
    expect(same.status).toBe(200);
    expect(ran).toBe(true);
  });
});
