import { beforeEach, describe, expect, it, vi } from "vitest";
import { provide } from "#lib/runtime.ts";
import { captureLogger } from "#lib/testing/capture-logger.ts";
import { EXERCISE, SUMMARY } from "#lib/testing/fake-content.ts";
import * as detail from "./[id]/route.ts";
import * as list from "./route.ts";

vi.mock(
  "#lib/content/index.ts",
  async () => (await import("#lib/testing/fake-content.ts")).fakeContent,
);

const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });

beforeEach(() => provide("logger", captureLogger().logger));

describe("GET /api/v1/exercises", () => {
  it("lists the exercises", async () => {
    const response = await list.GET(new Request("http://x/api/v1/exercises"), ctx());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ exercises: [SUMMARY] });
  });

  it("answers POST with 405 and Allow", async () => {
    const response = await list.POST(
      new Request("http://x/api/v1/exercises", { method: "POST" }),
      ctx(),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("GET /api/v1/exercises/{id}", () => {
  it("gives instructions, starter files, given files and visible tests, never hidden tests, solution or fixtures", async () => {
    const response = await detail.GET(new Request("http://x/"), ctx({ id: EXERCISE.id }));
    expect(response.status).toBe(200);
    const text = await response.clone().text();
    const body = await response.json();
    expect(body).toMatchObject({
      id: EXERCISE.id,
      title: EXERCISE.title,
      instructions: EXERCISE.instructions,
      starter: EXERCISE.starter,
      given: { "helpers.ts": "export const GIVEN_HELPER = 1;" },
      visibleTests: EXERCISE.visibleTests,
      entry: "index.ts",
    });
    expect(text).not.toContain("HIDDEN_TEST_MARKER");
    expect(text).not.toContain("SOLUTION_MARKER");
    expect(text).not.toContain("FIXTURE_MARKER");
  });

  it("answers an unknown or malformed id with a 404 problem", async () => {
    for (const id of ["no-such-exercise", "../../etc/passwd", "UPPER"]) {
      const response = await detail.GET(new Request("http://x/"), ctx({ id }));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });
});
