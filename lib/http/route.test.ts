import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { parseEnv } from "../env.ts";
import { provide } from "../runtime.ts";
import { captureLogger } from "../testing/capture-logger.ts";
import type { CapturedLogger } from "../testing/capture-logger.ts";
import { ApiProblem } from "./problem.ts";
import { TOO_LARGE, endpoint, methods, unknownRoute } from "./route.ts";

const noParams = { params: Promise.resolve({}) };
let captured: CapturedLogger;

beforeEach(() => {
  captured = captureLogger();
  provide("logger", captured.logger);
  const env = parseEnv({ PILLARS_API_BODY_LIMIT_BYTES: "2048" });
  if (!env.ok) throw new Error(env.message);
  provide("env", env.env);
});

const echo = endpoint({
  body: z.strictObject({
    name: z.string().min(1),
    tags: z.array(z.string()).max(2),
    blob: z
      .string()
      .optional()
      .superRefine((s, ctx) => {
        if (s && s.length > 100)
          ctx.addIssue({ code: "custom", message: "big", params: TOO_LARGE });
      }),
  }),
  handle: async ({ body }) => ({ hello: body.name }),
});

function post(body: string, headers: Record<string, string> = {}) {
  return new Request("http://x/api/v1/echo", { method: "POST", body, headers });
}

async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: response.status });
  expect(typeof body.type).toBe("string");
  expect(typeof body.title).toBe("string");
  expect(typeof body.detail).toBe("string");
  return body;
}

describe("endpoint", () => {
  it("answers 200 JSON with the handler's value and a request id", async () => {
    const response = await echo(post(JSON.stringify({ name: "ada", tags: [] })), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ hello: "ada" });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a sane incoming X-Request-Id and replaces an insane one", async () => {
    const ok = await echo(post("{", { "x-request-id": "lb-123.abc_X" }), noParams);
    expect(ok.headers.get("x-request-id")).toBe("lb-123.abc_X");
    expect((await ok.json()).requestId).toBe("lb-123.abc_X");
    const bad = await echo(post("{", { "x-request-id": "a b<script>" }), noParams);
    expect(bad.headers.get("x-request-id")).not.toBe("a b<script>");
    expect(bad.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers malformed JSON with a 400 problem", async () => {
    const response = await echo(post('{"name": "ada",'), noParams);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).type).toBe("urn:pillars:problem:malformed-json");
  });

  it("answers an empty body with a 400 problem", async () => {
    const response = await echo(post(""), noParams);
    expect(response.status).toBe(400);
    await problemOf(response);
  });

  it("answers a body over the limit with 413, whether declared or streamed", async () => {
    const big = JSON.stringify({ name: "x".repeat(3000), tags: [] });
    const declared = await echo(post(big, { "content-length": String(big.length) }), noParams);
    expect(declared.status).toBe(413);
    expect((await problemOf(declared)).type).toBe("urn:pillars:problem:payload-too-large");

    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(500)));
        controller.close();
      },
    });
    const streamed = await echo(
      new Request("http://x/api/v1/echo", {
        method: "POST",
        body: stream,
        duplex: "half",
      } as RequestInit),
      noParams,
    );
    expect(streamed.status).toBe(413);
  });

  it("answers invalid fields with a 400 problem listing each field as a JSON pointer", async () => {
    const response = await echo(post(JSON.stringify({ name: "", tags: [1], x: 1 })), noParams);
    expect(response.status).toBe(400);
    const body = await problemOf(response);
    expect(body.type).toBe("urn:pillars:problem:validation");
    const pointers = (body.errors as Array<{ pointer: string }>).map((e) => e.pointer).sort();
    expect(pointers).toEqual(["#", "#/name", "#/tags/0"]);
  });

  it("answers a field flagged too large with 413 and the field's pointer", async () => {
    const response = await echo(
      post(JSON.stringify({ name: "a", tags: [], blob: "x".repeat(200) })),
      noParams,
    );
    expect(response.status).toBe(413);
    const body = await problemOf(response);
    expect(body.errors).toEqual([{ pointer: "#/blob", detail: "big" }]);
  });

  it("answers params failing their schema with 404", async () => {
    const handler = endpoint({
      params: z.object({ id: z.string().regex(/^[a-z]+$/) }),
      handle: async () => ({}),
    });
    const response = await handler(new Request("http://x/"), {
      params: Promise.resolve({ id: "../etc" }),
    });
    expect(response.status).toBe(404);
    await problemOf(response);
  });

  it("passes an ApiProblem's status, detail and headers through", async () => {
    const handler = endpoint({
      handle: async () => {
        throw new ApiProblem({
          status: 429,
          kind: "rate-limited",
          detail: "slow down",
          headers: { "retry-after": "7" },
        });
      },
    });
    const response = await handler(new Request("http://x/"), noParams);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect((await problemOf(response)).detail).toBe("slow down");
  });

  it("hides an unexpected error behind a generic 500 and logs it with the request id", async () => {
    const handler = endpoint({
      handle: async () => {
        throw new Error("connection string postgres://secret@db failed");
      },
    });
    const response = await handler(
      new Request("http://x/", { headers: { "x-request-id": "req-1" } }),
      noParams,
    );
    expect(response.status).toBe(500);
    const text = await response.clone().text();
    expect(text).not.toContain("secret");
    expect(text).not.toContain("at ");
    expect((await problemOf(response)).requestId).toBe("req-1");
    const logged = captured.lines.find((l) => l.requestId === "req-1");
    expect(JSON.stringify(logged)).toContain("postgres://secret@db failed");
  });
});

describe("methods", () => {
  it("answers a wrong method with a 405 problem and an Allow header", async () => {
    const route = methods({ GET: endpoint({ handle: async () => ({ ok: true }) }) });
    expect((await route.GET(new Request("http://x/"), noParams)).status).toBe(200);
    const response = await route.DELETE(new Request("http://x/", { method: "DELETE" }), noParams);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect((await problemOf(response)).type).toBe("urn:pillars:problem:method-not-allowed");
  });
});

describe("unknownRoute", () => {
  it("answers every method with a 404 problem", async () => {
    const route = unknownRoute();
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      const response = await route[method](
        new Request("http://x/api/v1/nope", { method }),
        noParams,
      );
      expect(response.status).toBe(404);
      expect((await problemOf(response)).detail).toContain("/api/v1/nope");
    }
  });
});
