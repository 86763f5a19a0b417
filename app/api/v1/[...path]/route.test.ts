import { describe, expect, it } from "vitest";
import * as route from "./route.ts";

describe("/api/v1/* catch-all", () => {
  it("answers unknown API routes with a 404 problem for every method", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      const request = new Request("http://x/api/v1/nope/deeper", { method });
      const response = await route[method](request, {
        params: Promise.resolve({ path: ["nope", "deeper"] }),
      });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("x-request-id")).toBeTruthy();
      expect(await response.json()).toMatchObject({
        status: 404,
        type: "urn:pillars:problem:not-found",
      });
    }
  });
});
