// The OpenAPI 3.1 document of /api/v1, generated from lib/api/operations.ts: the same zod
// schemas the routes validate with, turned into JSON Schema 2020-12 by zod 4.
import { z } from "zod";
import type { Access, Operation } from "./operations.ts";
import { OPERATIONS } from "./operations.ts";

const jsonSchema = (schema: z.ZodType) =>
  // "input": what a client sends (before defaults and transforms such as cursor decoding).
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;

const ACCESS_TEXT: Record<Access, string> = {
  public: "Anyone.",
  "signed-in": "A signed-in account (session cookie).",
  instructor: "Instructors and admins.",
  admin: "Admins.",
};

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

function parameters(op: Operation) {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ["path", op.params],
    ["query", op.query],
  ] as const) {
    if (!schema) continue;
    const shape = jsonSchema(schema) as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    for (const [name, prop] of Object.entries(shape.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === "path" || (shape.required ?? []).includes(name),
        schema: prop,
      });
    }
  }
  return out;
}

function operation(op: Operation) {
  const responses: Record<string, unknown> = {
    "200": {
      description: op.returns,
      content: {
        "application/json": { schema: {} },
        ...(op.csv ? { "text/csv": { schema: { type: "string" } } } : {}),
      },
    },
    "400": problem("Invalid input: field errors as JSON Pointers"),
  };
  if (op.access !== "public") responses["401"] = problem("Not signed in");
  if (op.access === "instructor" || op.access === "admin") {
    responses["403"] = problem("Signed in, but the role does not allow this");
  }
  if (op.params) responses["404"] = problem("No such resource (or not yours)");
  if (op.method !== "get") {
    responses["403"] ??= problem("A cross-site request (Origin / Sec-Fetch-Site)");
  }
  return {
    summary: op.summary,
    description: `Who may call: ${ACCESS_TEXT[op.access]} Returns ${op.returns}.`,
    tags: [op.tag],
    operationId: `${op.method}${op.path.replace("/api/v1", "").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
    ...(op.access === "public" ? {} : { security: [{ session: [] }] }),
    parameters: parameters(op),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(op.body) } },
          },
        }
      : {}),
    responses,
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = operation(op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Pillars API",
      version: "1",
      description:
        "Lessons, graded exercises, quizzes, saved progress and instructor tools. Accounts " +
        "(sign-up, sign-in, sign-out, change password, sessions) live under /api/auth, served by " +
        "better-auth; see /api-docs. Errors are RFC 9457 problem+json. Lists are cursor-paged: " +
        "pass a page's nextCursor as ?cursor= for the next one.",
    },
    servers: [{ url: "/" }],
    tags: ["exercises", "quizzes", "me", "instructors", "admin", "meta"].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "requestId"],
          properties: {
            type: { type: "string", examples: ["urn:pillars:problem:validation"] },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            errors: {
              type: "array",
              items: {
                type: "object",
                properties: { pointer: { type: "string" }, detail: { type: "string" } },
              },
            },
            requestId: { type: "string" },
          },
        },
      },
    },
  };
}
