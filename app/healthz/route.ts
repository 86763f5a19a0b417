// Liveness: the process is up and serving. Deliberately checks nothing else, so a slow
// database never gets a healthy process restarted (that is what /readyz is for).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
