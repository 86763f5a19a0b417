// RFC 9457 problem details: the one shape of every API error. Handlers throw ApiProblem; the
// route wrapper turns it (and anything unexpected, as a generic 500) into a response.
import { REQUEST_ID_HEADER } from "../observability/request-id.ts";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** One bad field: `pointer` is a JSON Pointer into the request (RFC 6901, "#/files/a.ts"). */
export interface FieldError {
  pointer: string;
  detail: string;
}

/** The kinds of problem Pillars answers; `type` is `urn:pillars:problem:<kind>`. */
export type ProblemKind =
  | "malformed-json"
  | "validation"
  | "not-found"
  | "unauthorized"
  | "forbidden"
  | "conflict"
  | "method-not-allowed"
  | "payload-too-large"
  | "rate-limited"
  | "busy"
  | "not-ready"
  | "internal";

const TITLES: Record<ProblemKind, string> = {
  "malformed-json": "Malformed JSON",
  validation: "Invalid request",
  "not-found": "Not found",
  unauthorized: "Sign-in required",
  forbidden: "Forbidden",
  conflict: "Conflict",
  "method-not-allowed": "Method not allowed",
  "payload-too-large": "Payload too large",
  "rate-limited": "Too many requests",
  busy: "Grading is busy",
  "not-ready": "Not ready",
  internal: "Internal server error",
};

export interface ProblemInit {
  status: number;
  kind: ProblemKind;
  /** Safe for the client to read: never an internal message. */
  detail: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

export class ApiProblem extends Error {
  readonly init: ProblemInit;
  constructor(init: ProblemInit) {
    super(init.detail);
    this.name = "ApiProblem";
    this.init = init;
  }
}

export function problemResponse(init: ProblemInit, requestId: string): Response {
  const body = {
    type: `urn:pillars:problem:${init.kind}`,
    title: TITLES[init.kind],
    status: init.status,
    detail: init.detail,
    ...(init.errors ? { errors: init.errors } : {}),
    requestId,
  };
  return new Response(JSON.stringify(body), {
    status: init.status,
    headers: {
      ...init.headers,
      "content-type": PROBLEM_CONTENT_TYPE,
      "cache-control": "no-store",
      [REQUEST_ID_HEADER]: requestId,
    },
  });
}

/** A JSON Pointer fragment for a path of keys (RFC 6901 escaping: ~ and / in keys). */
export function pointerTo(path: readonly PropertyKey[]): string {
  const escaped = path.map((key) => String(key).replaceAll("~", "~0").replaceAll("/", "~1"));
  return escaped.length === 0 ? "#" : `#/${escaped.join("/")}`;
}
