// GET /api/v1/me: the signed-in account (401 when signed out).
import { requireUser } from "#lib/auth/access.ts";
import { endpoint, methods } from "#lib/http/route.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    handle: async ({ request }) => ({ user: await requireUser(request) }),
  }),
});
