// GET /api/v1/users: every account with its role, a page at a time, for admins.
import { requireAdmin } from "#lib/auth/access.ts";
import { listUsers } from "#lib/auth/users.ts";
import { usersQuery } from "#lib/api/schemas.ts";
import { endpoint, methods } from "#lib/http/route.ts";
import { fromRuntime } from "#lib/runtime.ts";
import { toPage } from "#lib/store/cursor.ts";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: endpoint({
    query: usersQuery,
    handle: async ({ request, query }) => {
      await requireAdmin(request);
      const rows = await listUsers(fromRuntime("store").db, {
        after: query.cursor,
        limit: query.limit + 1,
        role: query.role,
      });
      return toPage(rows, query.limit, (u) => [u.id]);
    },
  }),
});
