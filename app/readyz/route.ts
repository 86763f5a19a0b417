// Readiness: 200 when the store answers and the sandbox pool is warm, else a 503 problem
// naming the failing checks.
import { checkReadiness } from "#lib/observability/readiness.ts";
import { REQUEST_ID_HEADER, requestIdFrom } from "#lib/observability/request-id.ts";
import { problemResponse } from "#lib/http/problem.ts";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { ready, checks } = await checkReadiness();
  if (ready) {
    return Response.json({ status: "ready", checks }, { headers: { "cache-control": "no-store" } });
  }
  const failing = Object.entries(checks)
    .filter(([, status]) => status !== "ok")
    .map(([name, status]) => `${name} ${status}`);
  return problemResponse(
    { status: 503, kind: "not-ready", detail: `Not ready: ${failing.join(", ")}.` },
    requestIdFrom(request.headers.get(REQUEST_ID_HEADER)),
  );
}
