// Cross-site request protection for /api/v1 mutations that may carry the session cookie.
// SameSite=Lax already keeps the cookie off cross-site POSTs; this also refuses same-site
// (another subdomain) and cross-origin ones, using what browsers state about every request:
// Sec-Fetch-Site (all current browsers) and Origin (sent with every cross-origin POST).
// A request with neither header is not from a browser page, so it carries no victim's cookie
// by accident (curl, scripts, tests) and is allowed.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteMutation(request: Request, siteOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const allowed = new Set([new URL(request.url).origin, ...siteOrigins]);
  return !allowed.has(origin);
}
