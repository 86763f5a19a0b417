import { beforeEach, describe, expect, it } from "vitest";
import type { GradingService } from "#lib/grading/service.ts";
import { provide, withdraw } from "#lib/runtime.ts";
import type { Store } from "#lib/store/db.ts";
import { GET as healthz } from "../healthz/route.ts";
import { GET } from "./route.ts";

function fakeStore(answers: boolean): Store {
  return {
    ping: async () => {
      if (!answers) throw new Error("ECONNREFUSED 10.0.0.5:5432");
    },
  } as Store;
}
const grading = (ready: boolean) => ({ isReady: () => ready }) as GradingService;

beforeEach(() => {
  withdraw("store");
  withdraw("grading");
});

describe("GET /readyz", () => {
  it("is 200 when the store answers and the sandbox pool is warm", async () => {
    provide("store", fakeStore(true));
    provide("grading", grading(true));
    const response = await GET(new Request("http://x/readyz"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ready",
      checks: { store: "ok", sandbox: "ok" },
    });
  });

  it("is a 503 problem naming each failing check, without internal messages", async () => {
    const cases: Array<[Store | undefined, GradingService | undefined, string]> = [
      [undefined, undefined, "store not started, sandbox not started"],
      [fakeStore(false), grading(true), "store failing"],
      [fakeStore(true), grading(false), "sandbox failing"],
    ];
    for (const [store, pool, detail] of cases) {
      withdraw("store");
      withdraw("grading");
      if (store) provide("store", store);
      if (pool) provide("grading", pool);
      const response = await GET(new Request("http://x/readyz"));
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const text = await response.text();
      expect(JSON.parse(text).detail).toBe(`Not ready: ${detail}.`);
      expect(text).not.toContain("ECONNREFUSED");
    }
  });
});

describe("GET /healthz", () => {
  it("is 200 while the process runs, whatever the store does", async () => {
    provide("store", fakeStore(false));
    const response = healthz();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
